import '../../components/highlight.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Companion } from '../../content/companion';
import { loadSettings, type Settings, watchSettings } from '../../utils/settings';
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
      },
      createCardView(ctx),
      { limit: MAX_MENTIONS, openDelay: HOVER_DELAY_MS, closeDelay: HOVER_DELAY_MS },
    );

    let running = false;
    const apply = (settings: Settings) => {
      if (settings.enabled === running) return;
      running = settings.enabled;
      if (running) companion.start();
      else companion.stop();
    };
    void loadSettings().then((settings) => {
      if (ctx.isValid) apply(settings);
    });
    ctx.onInvalidated(watchSettings(apply));
    ctx.onInvalidated(() => companion.stop());
  },
});
