import { fold } from './detect/fold';
import { lexicon } from './detect/lexicon';
import { DOSE_REACH, doseBeside } from './dose';
import type { Dose } from './dose-units';
import { mentionsK2 } from './matcher';
import { blockOf } from './readable';
import type { Mention } from './scanner';

/** What the card says about the mention at hand, besides what it says for every mention. */
export interface MentionFacts {
  /** The mention is the chemical name (cholecalciferol, холекальциферол, コレカルシフェロール). */
  chemical: boolean;
  /** A dose written right beside it ("2000 IU of D3"), if any. */
  dose: Dose | undefined;
}

/** The facts of a mention from its text and the text either side of it. Pure. */
export function factsFrom(text: string, before: string, after: string): MentionFacts {
  // A mention is either a code phrase ("vitamin D3") or a chemical name, never both.
  const chemical = new RegExp(lexicon().chemical.source, 'i').test(fold(text).text);
  return { chemical, dose: doseBeside(before, after) };
}

/** The facts of a mention on the page: asked only when its card opens. */
export function factsOf(mention: Mention): MentionFacts {
  const { before, after } = textBeside(mention.range);
  return factsFrom(mention.text, before, after);
}

/** How many text nodes either side are read at most (a block of empty nodes stays cheap). */
const MAX_NODES = 32;

/**
 * About `reach` characters either side of a range, within its block: read node by node
 * outwards with `substringData`, so a 10 MB text node costs no more than a short one.
 */
export function textBeside(range: Range, reach = DOSE_REACH): { before: string; after: string } {
  const start = range.startContainer;
  const end = range.endContainer;
  const block = blockOf(start) ?? start.ownerDocument?.body;
  if (!block || start.nodeType !== Node.TEXT_NODE || end.nodeType !== Node.TEXT_NODE) {
    return { before: '', after: '' };
  }
  const walker = (start.ownerDocument as Document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const inBlock = (node: Node) => blockOf(node) === block;

  const from = Math.max(0, range.startOffset - reach);
  let before = (start as Text).substringData(from, range.startOffset - from);
  walker.currentNode = start;
  for (let n = 0; before.length < reach && n < MAX_NODES; n++) {
    const node = walker.previousNode() as Text | null;
    if (!node || !inBlock(node)) break;
    const take = Math.min(node.length, reach - before.length);
    before = node.substringData(node.length - take, take) + before;
  }

  let after = (end as Text).substringData(range.endOffset, reach);
  walker.currentNode = end;
  for (let n = 0; after.length < reach && n < MAX_NODES; n++) {
    const node = walker.nextNode() as Text | null;
    if (!node || !inBlock(node)) break;
    after += node.substringData(0, reach - after.length);
  }
  return { before, after };
}

// Text a reader never sees: what a page keeps in these says nothing about what it says.
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Does the page mention vitamin K2 in its own text? `textContent` first (native, forces no
 * layout); only when it finds K2 and the page has scripts or styles, whose source it includes
 * ("K2" in a JSON blob or a class name), are they left out and the text read again.
 */
export function pageMentionsK2(doc: Document): boolean {
  const body = doc.body;
  if (!body || !mentionsK2(body.textContent ?? '')) return false;
  if (!body.querySelector([...UNSEEN].join(','))) return true;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && UNSEEN.has((node as Element).localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
  }
  return mentionsK2(parts.join(''));
}
