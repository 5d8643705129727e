import type { Mention } from './scanner';

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type WithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => HighlightHit[];
};
type WithCaretPosition = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};

/**
 * The mention painted at viewport point (x, y), if any.
 *
 * The caret position comes first: `highlightsFromPoint` is exact but Chromium's costs grow
 * with the text under the point (37 s for one call over a 10 MB text node, against 3 ms for
 * the caret). It is asked only when the caret finds nothing and some mention sits in a
 * shadow tree. Both look into a shadow tree only when handed its root: without it, they
 * answer as if the tree were its host.
 */
export function mentionAt(
  x: number,
  y: number,
  mentions: readonly Mention[],
  highlight: Highlight,
): Mention | undefined {
  const shadowRoots = shadowRootsOf(mentions);
  const caret = caretAt(x, y, shadowRoots);
  if (caret) {
    const mention = mentions.find((m) => m.range.isPointInRange(caret.node, caret.offset));
    // A caret position also answers for points beside the text (past the end of a line), so
    // the point must fall inside one of the mention's boxes too.
    if (mention) return contains(mention.range, x, y) ? mention : undefined;
  }
  const registry = CSS.highlights as WithHitTest;
  if (shadowRoots.length === 0 || typeof registry.highlightsFromPoint !== 'function')
    return undefined;
  const hit = registry
    .highlightsFromPoint(x, y, { shadowRoots })
    .find((h) => h.highlight === highlight);
  const range = hit?.ranges[0];
  return range ? mentions.find((m) => m.range === range) : undefined;
}

// Asked on every pointer frame: worked out once per list of mentions (the engine replaces
// the list whenever it changes).
const rootsByList = new WeakMap<readonly Mention[], ShadowRoot[]>();

function shadowRootsOf(mentions: readonly Mention[]): ShadowRoot[] {
  let roots = rootsByList.get(mentions);
  if (roots === undefined) {
    const found = new Set<ShadowRoot>();
    for (const m of mentions) {
      const root = m.range.startContainer.getRootNode();
      if (root instanceof ShadowRoot) found.add(root);
    }
    roots = [...found];
    rootsByList.set(mentions, roots);
  }
  return roots;
}

function caretAt(
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | undefined {
  const doc = document as WithCaretPosition;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
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
