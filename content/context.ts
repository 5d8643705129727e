import { blockOf } from './readable';
import type { Mention } from './scanner';

const REACH = 40;

/**
 * Keeps about `reach` characters of `text` on the side next to the mention, cut at a word
 * boundary, with white space folded. Pure.
 */
export function clipWords(text: string, side: 'before' | 'after', reach = REACH): string {
  const folded = text.replace(/\s+/g, ' ');
  if (folded.length <= reach) return side === 'before' ? folded.trimStart() : folded.trimEnd();
  if (side === 'before') {
    const cut = folded.slice(-reach);
    const space = cut.indexOf(' ');
    return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
  }
  const cut = folded.slice(0, reach);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** A few words either side of a mention, from its own block: for the popup's list. */
export function contextOf(mention: Mention): { before: string; after: string } {
  const { range } = mention;
  const block = blockOf(range.startContainer) ?? range.startContainer.ownerDocument?.body;
  if (!block) return { before: '', after: '' };
  const side = document.createRange();
  side.selectNodeContents(block);
  side.setEnd(range.startContainer, range.startOffset);
  const before = side.toString();
  side.selectNodeContents(block);
  side.setStart(range.endContainer, range.endOffset);
  return { before: clipWords(before, 'before'), after: clipWords(side.toString(), 'after') };
}
