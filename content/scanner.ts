import { findMentions, MAY_CONTAIN } from './matcher';
import { blockOf, isInSkippedRegion } from './readable';
import { locate, runsOf } from './text-runs';

export interface Mention {
  range: Range;
  text: string;
}

/**
 * Finds up to `limit` mentions under `root`, in document order.
 *
 * Only one cheap pass touches every text node (a native TreeWalker and the prefilter); blocks
 * are assembled into runs only around text nodes that pass it, which on most pages is none.
 */
export function scan(root: Node, limit: number): Mention[] {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc || doc.designMode === 'on') return [];

  const blocks = new Set<Element>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!MAY_CONTAIN.test((node as Text).data) || isInSkippedRegion(node)) continue;
    const block = blockOf(node);
    if (block) blocks.add(block);
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
  }
  return inDocumentOrder(mentions);
}

// A block's runs can straddle a nested block's, so the collected order is only nearly right.
function inDocumentOrder(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}
