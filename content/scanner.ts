import { eachCandidate } from './candidates';
import { findMentions, type Hit } from './matcher';
import { blockOf } from './readable';
import type { Slicer } from './slicer';
import { neighbourText } from './structure';
import { locate, runsOf } from './text-runs';
import { type ClipMemo, isRangeShown } from './visibility';

export interface Mention {
  range: Range;
  text: string;
}

/** What a scan keeps: mentions a reader can see, and those the page hides for now. */
export interface Found {
  shown: Mention[];
  hidden: Mention[];
}

export interface ScanRules {
  /** The most shown mentions: the scan ends on reaching it. */
  limit: number;
  /** The most hidden mentions kept (to be watched); past it, they are passed over. */
  hiddenLimit: number;
  /** A mention to pass over altogether (a phrase the reader turned off on this site). */
  ignored?(text: string): boolean;
}

/**
 * Finds mentions under `root` (not inside shadow roots: see shadow-roots.ts), in document
 * order, in time slices: up to `limit` that are rendered and up to `hiddenLimit` that are not
 * (see visibility.ts). Blocks are assembled into runs only around the text nodes that pass
 * the prefilter (see candidates.ts), so only mentions cost a look at styles.
 */
export async function scan(root: Node, rules: ScanRules, slicer: Slicer): Promise<Found> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  const found: Found = { shown: [], hidden: [] };
  if (!doc || rules.limit <= 0) return found;

  const blocks = new Set<ParentNode>();
  await eachCandidate(root, slicer, (node) => {
    blocks.add(blockOf(node) ?? (node.parentNode as ParentNode));
    return false;
  });

  for (const block of blocks) {
    for (const run of await runsOf(block, slicer)) {
      // Styles are read synchronously from here to the next checkpoint, so what one mention
      // learnt of an ancestor holds for the next.
      const memo: ClipMemo = new Map();
      const want = rules.limit - found.shown.length + rules.hiddenLimit;
      let hits = findMentions(run.text, want, () => neighbourText(block));
      let seen = 0;
      while (seen < hits.length && found.shown.length < rules.limit) {
        const hit = hits[seen++] as Hit;
        const text = run.text.slice(hit.start, hit.end);
        if (!rules.ignored?.(text)) {
          const range = doc.createRange();
          range.setStart(...locate(run, hit.start, false));
          range.setEnd(...locate(run, hit.end, true));
          if (isRangeShown(range, memo)) found.shown.push({ range, text });
          else if (found.hidden.length < rules.hiddenLimit) found.hidden.push({ range, text });
        }
        // Hidden, ignored or passed-over hits used up what was asked for: the run may hold
        // more (an ignored last hit included).
        if (seen === hits.length && hits.length === want && found.shown.length < rules.limit) {
          hits = findMentions(run.text, Number.POSITIVE_INFINITY, () => neighbourText(block));
        }
      }
      if (found.shown.length >= rules.limit) return inOrder(found);
    }
    await slicer.checkpoint();
  }
  return inOrder(found);
}

function inOrder(found: Found): Found {
  inDocumentOrder(found.shown);
  inDocumentOrder(found.hidden);
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
