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
 * Finds up to `limit` mentions under `root`, in document order, in time slices. Open shadow
 * roots met on the way are reported to `onShadowRoot` and scanned too.
 *
 * Only one cheap pass touches every node (a native TreeWalker and a prefilter on text); blocks
 * are assembled into runs only around text that passes it, which on most pages is none.
 */
export async function scan(
  root: Node,
  limit: number,
  slicer: Slicer,
  onShadowRoot: (root: ShadowRoot) => void = () => {},
): Promise<Mention[]> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc || doc.designMode === 'on' || limit <= 0) return [];

  const blocks = new Set<ParentNode>();
  const shadows: ShadowRoot[] = [];
  // Open shadow roots are scanned too; our own card's is not, nor one in a skipped region.
  const hostOf = (el: Element) => {
    if (el.shadowRoot && el.localName !== HOST_NAME && !isInSkippedRegion(el.shadowRoot)) {
      shadows.push(el.shadowRoot);
    }
  };
  // A walker never returns its root, which may itself be a new shadow host.
  if (root.nodeType === Node.ELEMENT_NODE) hostOf(root as Element);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let visited = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++visited % CHECK_EVERY === 0) await slicer.checkpoint();
    if (node.nodeType === Node.ELEMENT_NODE) {
      hostOf(node as Element);
      continue;
    }
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
  for (const shadow of shadows) {
    onShadowRoot(shadow);
    if (mentions.length < limit) {
      mentions.push(...(await scan(shadow, limit - mentions.length, slicer, onShadowRoot)));
    }
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
