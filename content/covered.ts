import { HOST_NAME } from './readable';

/**
 * Is the mention hidden under something the page draws over it (a sticky header, a fixed
 * banner)? Each of its boxes inside the viewport is probed at six points (two heights, three places
 * along);
 * it is covered when at none of those points the topmost element is its own (an element that
 * holds it, or one it is in) or our card. False when no part is in the viewport (that is
 * "scrolled out", checked apart). A few hit tests: asked only while a card is open, once per
 * frame of scrolling. An overlay with `pointer-events: none` is not seen: hit testing skips it.
 */
export function covered(range: Range): boolean {
  const start = range.commonAncestorContainer;
  const own = start instanceof Element ? start : start.parentElement;
  if (!own) return false;
  const root = range.startContainer.getRootNode() as Document | ShadowRoot;
  let probed = false;
  for (const box of range.getClientRects()) {
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, window.innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (right - left < 1 || bottom - top < 1) continue;
    for (const y of [top + (bottom - top) / 4, bottom - (bottom - top) / 4]) {
      for (const x of [left + 0.5, (left + right) / 2, right - 0.5]) {
        probed = true;
        const hit = root.elementFromPoint(x, y);
        if (!hit || hit.localName === HOST_NAME || own.contains(hit) || hit.contains(own)) {
          return false;
        }
      }
    }
  }
  return probed;
}
