import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Time (ms) between showing an empty live region and filling it. A region must already be in
 * the accessibility tree when its text changes, or screen readers say nothing; ours goes in
 * with the card (the host is a popover, out of the tree while hidden).
 */
const SETTLE = 150;

/** Visually hidden, still read: the usual clip, set inline as page CSS cannot reach it here. */
const HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} satisfies Partial<CSSStyleDeclaration>;

export interface Announcer {
  /** Says what the card says, politely, once the reader's screen reader is free. */
  say(card: HTMLElement): void;
  clear(): void;
}

/**
 * A polite live region in our shadow root, for a card that opens without taking focus (by
 * hover, tap or focus on a link): a dialog that appears is announced only when it takes
 * focus. Both Chromium and Firefox read live regions inside an open shadow root, where
 * `aria-describedby` could not reach from the page's link into our tree (ID references stop at
 * a shadow boundary) and would also mean touching the page's DOM.
 */
export function createAnnouncer(ctx: ContentScriptContext, root: ShadowRoot): Announcer {
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  Object.assign(region.style, HIDDEN);
  root.append(region);
  let timer: number | undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    region.textContent = '';
  };
  return {
    say(card) {
      clear();
      // The dialog's own name and description: what a screen reader says when it takes focus.
      const text = ['aria-labelledby', 'aria-describedby']
        .map((attribute) => {
          const id = card.getAttribute(attribute);
          return id ? root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() : '';
        })
        .filter(Boolean)
        .join('. ');
      // A plain timeout, cleared by clear(): ctx.setTimeout would keep a listener per card.
      timer = window.setTimeout(() => {
        if (ctx.isValid) region.textContent = text;
      }, SETTLE);
    },
    clear,
  };
}
