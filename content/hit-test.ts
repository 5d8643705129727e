import type { Mention } from './scanner';

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type WithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => HighlightHit[];
};
type WithCaretPosition = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
};

/**
 * The mention painted at viewport point (x, y), if any.
 *
 * The caret position comes first: `highlightsFromPoint` is exact but Chromium's costs grow
 * with the text under the point (37 s for one call over a 10 MB text node, against 3 ms for
 * the caret). It is asked only when the caret finds nothing and some mention sits in a
 * shadow tree, which a caret position may not reach.
 */
export function mentionAt(
  x: number,
  y: number,
  mentions: readonly Mention[],
  highlight: Highlight,
): Mention | undefined {
  const caret = caretAt(x, y);
  if (caret) {
    const mention = mentions.find((m) => m.range.isPointInRange(caret.node, caret.offset));
    // A caret position also answers for points beside the text (past the end of a line), so
    // the point must fall inside one of the mention's boxes too.
    if (mention) return contains(mention.range, x, y) ? mention : undefined;
  }
  const registry = CSS.highlights as WithHitTest;
  if (!anyInShadow(mentions) || typeof registry.highlightsFromPoint !== 'function')
    return undefined;
  const hit = registry.highlightsFromPoint(x, y).find((h) => h.highlight === highlight);
  const range = hit?.ranges[0];
  return range ? mentions.find((m) => m.range === range) : undefined;
}

// Asked on every pointer frame that misses: worked out once per list of mentions (the
// engine replaces the list whenever it changes).
const inShadowByList = new WeakMap<readonly Mention[], boolean>();

function anyInShadow(mentions: readonly Mention[]): boolean {
  let known = inShadowByList.get(mentions);
  if (known === undefined) {
    known = mentions.some((m) => m.range.startContainer.getRootNode() instanceof ShadowRoot);
    inShadowByList.set(mentions, known);
  }
  return known;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as WithCaretPosition;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
