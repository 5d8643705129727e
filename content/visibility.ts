/**
 * Is a mention's text rendered where a reader can see it? Text the page hides (display:none,
 * visibility:hidden, a closed <details>, `hidden`, content-visibility:hidden, or the "visually
 * hidden" pattern that clips a box to a pixel) is not a mention until it shows.
 *
 * Asked only of mentions the matcher found, so a page without any never reads a style here.
 * Opacity is not looked at: fade-ins run by CSS animations reach full opacity without any
 * change we could see, and a transparent highlight is invisible anyway. Nor is position:
 * text scrolled out of a carousel sits beyond the page's edge too, and comes back by
 * scrolling. `aria-hidden` text that is visible stays a mention: it hides text from the
 * accessibility tree, not from the eyes, and the highlight and card are for the eyes (the
 * card itself is reached by keyboard from our own popover).
 */

/**
 * How far up a clipping box is looked for. The visually hidden pattern wraps its text within
 * a few levels; a walk to the root read 5,000 styles per mention on a page nested that deep
 * (a task of 50-70 ms in Firefox).
 */
export const CLIP_DEPTH = 16;

/** Answers for elements already asked, within one pass (mentions share their ancestors). */
export type ClipMemo = Map<Element, boolean>;

/** Is every character of this mention rendered? */
export function isRangeShown(range: AbstractRange, memo: ClipMemo = new Map()): boolean {
  const start = elementOf(range.startContainer);
  const end = elementOf(range.endContainer);
  if (!start || !end) return false;
  return isShown(start, memo) && (end === start || isShown(end, memo));
}

/** The element that lays out this node's text. */
export function elementOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return node.parentElement;
}

/** Is this element (and so text directly in it) rendered and not clipped away? */
export function isShown(el: Element, memo: ClipMemo = new Map()): boolean {
  // No box (display:none here or above), or inside content-visibility:hidden: which is how
  // browsers close a <details> and hide `hidden="until-found"`. Off-screen
  // content-visibility:auto is not asked about: it is rendered as soon as it is scrolled to.
  // Asked first, natively: most hidden text ends here, without a computed style (which
  // Firefox builds afresh for each element that has no box).
  let boxed: Element | null = el;
  while (!rendered(boxed)) {
    // display:contents has no box of its own, but its text shows if its parent's does.
    const parent = flatParent(boxed);
    if (!parent || !rendered(parent) || getComputedStyle(boxed).display !== 'contents') {
      return false;
    }
    boxed = parent;
  }
  // Inherited, and a child may set it back to visible: the element's own value decides.
  if (getComputedStyle(el).visibility !== 'visible') return false;
  let depth = 0;
  for (let up: Element | null = boxed; up !== null && depth < CLIP_DEPTH; up = flatParent(up)) {
    depth++;
    let clipped = memo.get(up);
    if (clipped === undefined) {
      clipped = clipsAway(up);
      memo.set(up, clipped);
    }
    if (clipped) return false;
  }
  return true;
}

function rendered(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : hasBox(el);
}

function hasBox(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** The parent in the flat tree: slotted content sits in its slot, a shadow root's in its host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/**
 * Does this element clip everything inside it away? The "visually hidden" pattern
 * (`clip: rect(0 0 0 0)` or `clip-path: inset(50%)` on a 1px box with overflow hidden), and
 * boxes collapsed to no height or width with overflow hidden (a closed accordion).
 */
export function clipsAway(el: Element): boolean {
  const style = getComputedStyle(el);
  if (insetClipsAll(style.clipPath)) return true;
  if ((style.position === 'absolute' || style.position === 'fixed') && rectClipsAll(style.clip)) {
    return true;
  }
  if (style.overflowX === 'visible' || style.overflowY === 'visible') return false;
  // Overflow does not apply to inline boxes.
  if (style.display === 'inline') return false;
  const box = el.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
}

/** `inset(50%)` and more, from every side: nothing of the box is left. */
export function insetClipsAll(clipPath: string): boolean {
  const inset = /^inset\(\s*([\d.]+)%\s*\)/.exec(clipPath);
  return inset !== null && Number(inset[1]) >= 50;
}

/** `rect(top, right, bottom, left)` with no area: `rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`. */
export function rectClipsAll(clip: string): boolean {
  const rect = /^rect\(([^)]*)\)$/.exec(clip.trim());
  if (!rect) return false;
  const sides = (rect[1] as string).split(/[\s,]+/).filter(Boolean);
  if (sides.length !== 4) return false;
  const [top, right, bottom, left] = sides.map((s) => (s === 'auto' ? undefined : parseFloat(s)));
  const none = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined && to <= from;
  return none(top, bottom) || none(left, right);
}
