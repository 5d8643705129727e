import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/card.css?inline';
import { HOST_NAME } from '../../content/readable';

export interface CardHost {
  host: HTMLElement;
  mount: HTMLElement;
}

/**
 * Our single node in the page: `<d3k2-card>`, with an open shadow root holding the card's own
 * styles and a mount point. It is a manual popover, so it sits in the top layer where no page
 * z-index, transform or overflow reaches it. It goes when the content script is invalidated.
 *
 * Written here rather than with WXT's createShadowRootUi, which brings along 4 KB (gzipped) of
 * mounting helpers this one element does not need, to every page.
 */
export function createCardHost(ctx: ContentScriptContext): CardHost {
  const host = document.createElement(HOST_NAME);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = cardCss;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  host.setAttribute('popover', 'manual');
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return { host, mount };
}

/**
 * Calls `update` once per frame at most while the page scrolls (any scroller) or the window
 * resizes. The card's content does not change while it is open, so nothing else moves it.
 */
export function follow(update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    }
  };
  const options = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  update();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, options);
    window.removeEventListener('resize', schedule, options);
  };
}
