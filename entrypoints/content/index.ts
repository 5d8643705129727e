import '../../components/highlight.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Companion } from '../../content/companion';
import { isToContent, type ToBackground } from '../../utils/messages';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../../utils/settings';
import { isSiteDisabled } from '../../utils/sites';
import { createCardView } from './card-view';

const MAX_MENTIONS = 200;
const HOVER_DELAY_MS = 300;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const companion = new Companion(
      {
        timers: {
          setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
          clearTimeout: (id) => clearTimeout(id),
        },
        requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
        disableSite: () => {
          void loadSettings().then((s) =>
            saveSettings({ disabledSites: [...s.disabledSites, location.hostname] }),
          );
        },
        openSettings: () => {
          const message: ToBackground = { type: 'open-options' };
          void browser.runtime.sendMessage(message);
        },
      },
      createCardView(ctx),
      {
        limit: MAX_MENTIONS,
        openDelay: HOVER_DELAY_MS,
        closeDelay: HOVER_DELAY_MS,
        style: 'underline',
      },
    );

    let running = false;
    const apply = (settings: Settings) => {
      const shouldRun =
        settings.enabled && !isSiteDisabled(location.hostname, settings.disabledSites);
      if (shouldRun === running) return;
      running = shouldRun;
      if (running) companion.start();
      else companion.stop();
    };
    void loadSettings().then((settings) => {
      if (ctx.isValid) apply(settings);
    });
    ctx.onInvalidated(watchSettings(apply));

    const onMessage = (message: unknown) => {
      if (isToContent(message) && running) companion.focusNext();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      companion.stop();
    });
  },
});
