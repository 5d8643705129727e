import '../../components/highlight.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Companion, type CompanionOptions } from '../../content/companion';
import { contextOf } from '../../content/context';
import { unpaint } from '../../content/painter';
import { HOST_NAME } from '../../content/scanner';
import { isToContent, type PageStatus, type ToBackground } from '../../utils/messages';
import { onSettingsChange, readSettings } from '../../utils/settings-reader';
import type { Settings } from '../../utils/settings-schema';
import { createCardView } from './card-view';
import { engineOptions } from './engine-options';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin frames hold readable text too; each frame runs its own engine and card.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Firefox drops the sandbox of the instance before an update or reload at once, so it
    // cannot clean up, and injects this one: its card and highlights go before we start.
    for (const stale of document.querySelectorAll(HOST_NAME)) stale.remove();
    unpaint();
    const card = createCardView(ctx);
    const send = (message: ToBackground) =>
      browser.runtime.sendMessage(message).catch(() => undefined);
    const host = {
      timers: {
        setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms),
        clearTimeout: (id: number | undefined) => clearTimeout(id),
      },
      requestAnimationFrame: (fn: () => void) => ctx.requestAnimationFrame(fn),
      whenIdle: (fn: () => void) => ctx.requestIdleCallback(() => fn(), { timeout: 2000 }),
      disableSite: () => void send({ type: 'disable-site' }),
      openSettings: () => void send({ type: 'open-options' }),
      onCount: (count: number) => void send({ type: 'count', count }),
      // Chrome leaves an orphan running when the extension is reloaded or updated, and does
      // not inject the new one: the orphan finds out here, on the next event it would handle,
      // and WXT's context then stops it (highlights, listeners and card go).
      alive: () => ctx.isValid,
    };

    let companion: Companion | undefined;
    let current: string | undefined;
    // Settings arrive at start and on every change; the engine restarts only when what it
    // does changes, and the badge hears the count each time.
    const apply = (settings: Settings) => {
      const options: CompanionOptions | undefined = engineOptions(settings, location.hostname);
      const key = JSON.stringify(options);
      if (key !== current) {
        current = key;
        companion?.stop();
        companion = options ? new Companion(host, card, options) : undefined;
        void companion?.start();
      }
      // The badge follows the count, and a change of the badge setting needs it re-sent.
      void send({ type: 'count', count: companion?.found.length ?? 0 });
    };
    void readSettings().then((settings) => {
      if (ctx.isValid) apply(settings);
    });
    ctx.onInvalidated(onSettingsChange(apply));

    // Answered through `sendResponse`, which Chrome's own API and Firefox's both honour (the
    // content script has no polyfill: see build/lean-content-browser.ts).
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (status: PageStatus) => void,
    ): undefined => {
      if (!isToContent(message)) return undefined;
      if (message.type === 'get-status') {
        sendResponse({
          state: companion ? 'running' : 'off',
          hostname: location.hostname,
          mentions: (companion?.found ?? []).map((m) => ({ text: m.text, ...contextOf(m) })),
        });
      } else if (message.type === 'show-mention') companion?.show(message.index);
      else companion?.focusNext();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Single-page apps change view through the history API; WXT notices and tells us.
    ctx.addEventListener(window, 'wxt:locationchange', () => companion?.navigated());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      companion?.stop();
    });
  },
});
