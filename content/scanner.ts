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
    for (const run of runsOf(block)) {
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
 * The open shadow roots under `root` (and under `root` itself), without our own card's or
 * any in a skipped region. Finding them means touching every element, which costs about as
 * much again as the text pass, so the engine does it apart, when the page is idle.
 */
export async function findShadowRoots(root: Node, slicer: Slicer): Promise<ShadowRoot[]> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const found: ShadowRoot[] = [];
  const check = (el: Element) => {
    if (el.shadowRoot && el.localName !== HOST_NAME && !isInSkippedRegion(el.shadowRoot)) {
      found.push(el.shadowRoot);
    }
  };
  // A walker never returns its root, which may itself be a new shadow host.
  if (root.nodeType === Node.ELEMENT_NODE) check(root as Element);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let visited = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++visited % CHECK_EVERY === 0) await slicer.checkpoint();
    check(node as Element);
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
