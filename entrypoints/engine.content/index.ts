// First, so that it is evaluated before any other module of ours.
import '../../content/script-start';
import '../../components/highlight.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Companion, type CompanionOptions } from '../../content/companion';
import { contextOf } from '../../content/context';
import { takeHandoff } from '../../content/handoff';
import { settler } from '../../content/page-settled';
import { measured, measureSince } from '../../content/perf';
import { scriptStart } from '../../content/script-start';
import { isToContent, type PageStatus, type ToBackground } from '../../utils/messages';
import { onSettingsChange, readSettings } from '../../utils/settings-reader';
import type { Settings } from '../../utils/settings-schema';
import { createCardView } from './card-view';
import { engineOptions } from './engine-options';

/**
 * The engine: the matcher with every language, the live scan, the highlights and the card.
 * Never loaded with the page: the first look (entrypoints/content) has the background inject
 * it, with its stylesheet, into a frame whose text could hold a mention.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    measureSince('engine', scriptStart);
    measured('engine-setup', () => setUp(ctx));
  },
});

function setUp(ctx: ContentScriptContext): void {
  const handoff = takeHandoff();
  const send = (message: ToBackground) =>
    browser.runtime.sendMessage(message).catch(() => undefined);
  const timers = {
    setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms),
    clearTimeout: (id: number | undefined) => clearTimeout(id),
  };
  const host = {
    timers,
    requestAnimationFrame: (fn: () => void) => ctx.requestAnimationFrame(fn),
    whenIdle: (fn: () => void) => ctx.requestIdleCallback(() => fn(), { timeout: 2000 }),
    // The first look waited for the page; the engine starts at once then.
    whenLoaded: settler({
      settled: handoff?.settled,
      loaded: () => document.readyState === 'complete',
      onLoad: (listener) => ctx.addEventListener(window, 'load', listener, { once: true }),
      timers,
    }),
    disableSite: () => void send({ type: 'disable-site' }),
    openSettings: () => void send({ type: 'open-options' }),
    onCount: (count: number) => counted(count),
    // Chrome leaves an orphan running when the extension is reloaded or updated, and does
    // not inject the new one: the orphan finds out here, on the next event it would handle,
    // and WXT's context then stops it (highlights, listeners and card go).
    alive: () => ctx.isValid,
  };

  let card: ReturnType<typeof createCardView> | undefined;
  let companion: Companion | undefined;
  let current: string | undefined;
  let read = false;
  // The browser clears a tab's badge when it navigates: while the count has only ever been 0
  // (the engine is off here, or the mention went), there is nothing to tell the background.
  let lastCount = 0;
  let watching = false;
  const counted = (count: number) => {
    // Single-page apps change view through the history API, and WXT tells us (through the
    // Navigation API, or by polling where there is none). Only an open card can be out of
    // date then, and only a page with mentions opens one: the others never start watching.
    if (count > 0 && !watching) {
      watching = true;
      ctx.addEventListener(window, 'wxt:locationchange', () => companion?.navigated());
    }
    if (count === 0 && lastCount === 0) return;
    lastCount = count;
    void send({ type: 'count', count });
  };
  // Settings arrive at start and on every change; the engine restarts only when what it
  // does changes, and the badge hears the count each time.
  const apply = (settings: Settings) =>
    measured('settings', () => {
      const options: CompanionOptions | undefined = engineOptions(settings, location.hostname);
      read = true;
      const key = JSON.stringify(options);
      if (key !== current) {
        current = key;
        companion?.stop();
        card ??= createCardView(ctx);
        companion = options ? new Companion(host, card, options) : undefined;
        void companion?.start();
      }
      // The badge follows the count, and a change of the badge setting needs it re-sent.
      counted(companion?.found.length ?? 0);
    });

  void readSettings().then((settings) => {
    if (ctx.isValid) apply(settings);
  });
  ctx.onInvalidated(onSettingsChange(apply));

  // Answered through `sendResponse`, which Chrome's own API and Firefox's both honour (the
  // content scripts have no polyfill: see build/lean-content-browser.ts).
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (status: PageStatus) => void,
  ): undefined => {
    if (!isToContent(message)) return undefined;
    if (message.type === 'get-status') {
      sendResponse({
        // Settings not read yet counts as running: the popup learns "paused" from them.
        state: companion || !read ? 'running' : 'off',
        hostname: location.hostname,
        mentions: (companion?.found ?? []).map((m) => ({ text: m.text, ...contextOf(m) })),
      });
    } else if (message.type === 'show-mention') companion?.show(message.index);
    else companion?.focusNext();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  // From here on this answers the popup, not the first look.
  handoff?.stop();
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    companion?.stop();
  });
}
