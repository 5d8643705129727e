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
 * Calls `update` once per frame at most while the page scrolls (any scroller), the window
 * resizes, the visual viewport moves or zooms (a phone), or `card` changes size (its "Why?"
 * opened or closed: then with `reveal`, as on the first call, which places it anew).
 */
export function follow(card: Element, update: (reveal: boolean) => void): () => void {
  let frame = 0;
  let reveal = false;
  const schedule = (grown = false) => {
    reveal ||= grown;
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        const asked = reveal;
        reveal = false;
        update(asked);
      });
    }
  };
  const moved = () => schedule();
  const options = { capture: true, passive: true } as const;
  const viewport = window.visualViewport;
  window.addEventListener('scroll', moved, options);
  window.addEventListener('resize', moved, options);
  viewport?.addEventListener('scroll', moved, options);
  viewport?.addEventListener('resize', moved, options);
  // Its first report, on observing, comes after the first placement below: nothing changes.
  let width = -1;
  let height = -1;
  const resized = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (!box || (box.inlineSize === width && box.blockSize === height)) return;
    const first = width < 0;
    width = box.inlineSize;
    height = box.blockSize;
    if (!first) schedule(true);
  });
  resized.observe(card);
  update(true);
  return () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    window.removeEventListener('scroll', moved, options);
    window.removeEventListener('resize', moved, options);
    viewport?.removeEventListener('scroll', moved, options);
    viewport?.removeEventListener('resize', moved, options);
  };
}
