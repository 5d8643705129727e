import { findMentions, MAY_CONTAIN } from './matcher';
import { blockOf, isInSkippedRegion } from './readable';
import type { Slicer } from './slicer';
import { locate, runsOf } from './text-runs';

export interface Mention {
  range: Range;
  text: string;
}

/** Our card's host: its (open) shadow root is never scanned. */
export const HOST_NAME = 'd3k2-card';

/** How many nodes the walker visits between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * Finds up to `limit` mentions under `root` (not inside shadow roots: see `findShadowRoots`),
 * in document order, in time slices.
 *
 * Only one cheap pass touches every text node (a native TreeWalker and a prefilter); blocks
 * are assembled into runs only around text that passes it, which on most pages is none.
 */
export async function scan(root: Node, limit: number, slicer: Slicer): Promise<Mention[]> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc || doc.designMode === 'on' || limit <= 0) return [];

  const blocks = new Set<ParentNode>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let visited = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++visited % CHECK_EVERY === 0) await slicer.checkpoint();
    if (!MAY_CONTAIN.test((node as Text).data) || isInSkippedRegion(node)) continue;
    blocks.add(blockOf(node) ?? (node.parentNode as ParentNode));
  }

  const mentions: Mention[] = [];
  for (const block of blocks) {
    for (const run of await runsOf(block, slicer)) {
      for (const hit of findMentions(run.text, limit - mentions.length)) {
        const range = doc.createRange();
        range.setStart(...locate(run, hit.start, false));
        range.setEnd(...locate(run, hit.end, true));
        mentions.push({ range, text: run.text.slice(hit.start, hit.end) });
      }
      if (mentions.length >= limit) return inDocumentOrder(mentions);
    }
    await slicer.checkpoint();
  }
  return inDocumentOrder(mentions);
}

/**
 * Custom elements under (and including) a node: a hyphen in the name is what makes one. The
 * browser's XPath engine picks them out without handing every element to our world.
 */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";

/**
 * Does the document hold any custom element, and so possibly a shadow root worth scanning?
 * Asked as one XPath boolean, which hands no element to our world; on most pages it is no, and
 * the idle search for shadow roots is skipped.
 */
export function hasCustomElements(doc: Document): boolean {
  return doc.evaluate(`boolean(${CUSTOM_ELEMENTS})`, doc, null, XPathResult.BOOLEAN_TYPE, null)
    .booleanValue;
}

/**
 * The open shadow roots under `root`, without our own card's or any in a skipped region.
 *
 * Only custom elements are looked at. Visiting every element to ask for its shadow root cost
 * as much again as the whole text pass (each element gets a wrapper in our isolated world);
 * asking XPath for custom elements costs a fraction. Web components and the frameworks that
 * render text in shadow trees use custom elements; a shadow root on a built-in element (a
 * `<div>`, say) is left unscanned. See BENCHMARKS.md for the numbers.
 */
export async function findShadowRoots(root: Node, slicer: Slicer): Promise<ShadowRoot[]> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  // XPath takes elements and documents as its context, not shadow roots: start from the
  // top-level elements of one.
  const starts = root instanceof ShadowRoot ? [...root.children] : [root];
  const found: ShadowRoot[] = [];
  for (const start of starts) {
    const hosts = doc.evaluate(
      CUSTOM_ELEMENTS,
      start,
      null,
      XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    );
    for (let i = 0; i < hosts.snapshotLength; i++) {
      if (i % CHECK_EVERY === 0) await slicer.checkpoint();
      const el = hosts.snapshotItem(i) as Element;
      if (el.shadowRoot && el.localName !== HOST_NAME && !isInSkippedRegion(el.shadowRoot)) {
        found.push(el.shadowRoot);
      }
    }
  }
  return found;
}

/** Sorts mentions into document order (a block's runs can straddle a nested block's). */
export function inDocumentOrder(mentions: Mention[]): Mention[] {
  return mentions.sort(compareMentions);
}

/** Document order across shadow trees: a mention in a shadow tree sits where its host does. */
export function compareMentions(a: Mention, b: Mention): number {
  const ra = a.range.startContainer.getRootNode();
  const rb = b.range.startContainer.getRootNode();
  if (ra === rb) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  const na = inDocumentTree(a.range.startContainer);
  const nb = inDocumentTree(b.range.startContainer);
  if (na === nb) return 0;
  return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function inDocumentTree(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) {
    current = root.host;
  }
  return current;
}
