import { HOST_NAME } from './readable';

/**
 * The attributes that show or hide content: a class or style toggled, `hidden` removed, a
 * <details> opened; a tab strip's aria-selected or aria-expanded drive styles on many sites.
 */
export const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-expanded'];

/**
 * Watches the elements of hidden mentions for a sign they may have shown, and tells `signal`
 * (which then looks again). Nothing is set up until there is something to watch, so pages
 * without hidden mentions pay nothing:
 *
 * - one MutationObserver for the attributes above, on each element and its ancestors only
 *   (not the whole document: a page that toggles classes elsewhere many times a second
 *   costs nothing);
 * - one ResizeObserver on the elements, for what changes no attribute of theirs: a box from
 *   display:none to shown by a sibling's class, `:checked`, `:target` or a media query;
 * - `toggle` events (capturing, on the window): a popover shown, a <details> opened or closed.
 *   The last may hide painted mentions as well, so `signal` hears which element toggled.
 */
export class VisibilityWatch {
  private attributes: MutationObserver | undefined;
  private sizes: ResizeObserver | undefined;
  private toggles: AbortController | undefined;
  private watched: readonly Element[] = [];
  private readonly lastSize = new WeakMap<Element, string>();

  constructor(private readonly signal: (toggled?: Element) => void) {}

  /** Watches these elements (and what is above them) instead of those before. */
  watch(elements: readonly Element[]): void {
    if (sameList(elements, this.watched)) return;
    this.watched = elements;
    this.attributes?.disconnect();
    this.sizes?.disconnect();
    if (elements.length === 0) return;
    this.attributes ??= new MutationObserver(() => this.signal());
    this.sizes ??= new ResizeObserver((entries) => this.resized(entries));
    const options = { attributes: true, attributeFilter: SHOWING_ATTRIBUTES };
    const seen = new Set<Node>();
    for (const el of elements) {
      // A box shown before the first report would be reported at its new size, as if first
      // seen: an element without a box is known to be 0×0 now.
      if (!this.lastSize.has(el) && el.checkVisibility?.() === false) this.lastSize.set(el, '0x0');
      this.sizes.observe(el);
      for (let up: Node | null = el; up !== null && !seen.has(up); up = parentAcross(up)) {
        seen.add(up);
        // Not <html> or <body>: many sites write a class or a style there on every scroll
        // frame, which would have us re-check through the scroll. What they reveal gets a
        // box, which the size observer above sees.
        const root = up === document.documentElement || up === document.body;
        if (up.nodeType === Node.ELEMENT_NODE && !root) this.attributes.observe(up, options);
      }
    }
  }

  /**
   * A box that changed size. Observing reports every element's size once at first, which
   * is no news: remembered, not signalled.
   */
  private resized(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const { target, contentRect } of entries) {
      const size = `${contentRect.width}x${contentRect.height}`;
      const before = this.lastSize.get(target);
      this.lastSize.set(target, size);
      if (before !== undefined && before !== size) changed = true;
    }
    if (changed) this.signal();
  }

  /** Listens for `toggle` events from now on (once there is any mention to show or hide). */
  listenForToggles(): void {
    if (this.toggles) return;
    this.toggles = new AbortController();
    window.addEventListener(
      'toggle',
      (event) => {
        const target = event.target;
        // Our own card is a popover: its toggles show or hide no mention.
        if (target instanceof Element && target.localName !== HOST_NAME) this.signal(target);
      },
      { capture: true, passive: true, signal: this.toggles.signal },
    );
  }

  stop(): void {
    this.attributes?.disconnect();
    this.sizes?.disconnect();
    this.toggles?.abort();
    this.toggles = undefined;
    this.watched = [];
  }
}

function parentAcross(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

function sameList(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}
