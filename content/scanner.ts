import { eachCandidate } from './candidates';
import { findMentions } from './matcher';
import { blockOf } from './readable';
import type { Slicer } from './slicer';
import { neighbourText } from './structure';
import { locate, runsOf } from './text-runs';

export interface Mention {
  range: Range;
  text: string;
}

/**
 * Finds up to `limit` mentions under `root` (not inside shadow roots: see shadow-roots.ts),
 * in document order, in time slices. Blocks are assembled into runs only around the text
 * nodes that pass the prefilter (see candidates.ts).
 */
export async function scan(root: Node, limit: number, slicer: Slicer): Promise<Mention[]> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc || limit <= 0) return [];

  const blocks = new Set<ParentNode>();
  await eachCandidate(root, slicer, (node) => {
    blocks.add(blockOf(node) ?? (node.parentNode as ParentNode));
    return false;
  });

  const mentions: Mention[] = [];
  for (const block of blocks) {
    for (const run of await runsOf(block, slicer)) {
      for (const hit of findMentions(run.text, limit - mentions.length, () =>
        neighbourText(block),
      )) {
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
