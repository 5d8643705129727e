import { blockOf, isInline, isSkipped } from './readable';
import type { Mention } from './scanner';

const REACH = 40;

/**
 * Keeps the words next to the mention on its own line (`text` marks block boundaries with
 * "\n"), about `reach` characters of them, cut at a word boundary, with white space folded.
 * Pure.
 */
export function clipWords(text: string, side: 'before' | 'after', reach = REACH): string {
  const lines = text.split('\n');
  const own = (side === 'before' ? lines.at(-1) : lines[0]) ?? '';
  const folded = own.replace(/\s+/g, ' ');
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

/**
 * Does a line end at this element? Blocks by their tag, as the scanner reads them, and an
 * inline tag a page's CSS has made a block (a price in a `<span>` shown as a block, say): a
 * style read, but only when the popup asks, never while scanning.
 */
function breaksLine(el: Element): boolean {
  if (el.localName === 'br' || !isInline(el)) return true;
  const display = getComputedStyle(el).display;
  return !display.startsWith('inline') && display !== 'contents';
}

/**
 * The text of `block` before and after `range`, with "\n" where a line breaks: the popup's
 * snippet must not run a product's name into its price ("…per drop$12.49"). Text that is not
 * rendered (a `hidden` span, a closed <details>) is not part of what the reader sees.
 */
function sides(block: Element, range: Range): { before: string; after: string } {
  let before = '';
  let after = '';
  let where: 'before' | 'inside' | 'after' = 'before';
  // Only the mention's own line is kept: a line break before it starts `before` anew, and
  // the walk ends at the first one after it (a forum post of a thousand <br> lines is not
  // read to its end for each mention).
  const add = (text: string) => {
    if (where === 'before') before = text === '\n' ? '' : before + text;
    else if (where === 'after') after += text;
  };
  // A stack, not recursion: blocks may nest thousands deep on hostile pages.
  const stack: (Node | '\n')[] = [...Array.from(block.childNodes).reverse()];
  while (stack.length > 0 && !(where === 'after' && after.includes('\n'))) {
    const node = stack.pop() as Node | '\n';
    if (node === '\n') {
      add('\n');
    } else if (node instanceof Text) {
      const starts = node === range.startContainer;
      const ends = node === range.endContainer;
      if (starts) {
        add(node.data.slice(0, range.startOffset));
        where = 'inside';
      }
      if (ends) {
        where = 'after';
        add(node.data.slice(range.endOffset));
      }
      if (!starts && !ends) add(node.data);
    } else if (node instanceof Element && !isSkipped(node) && rendered(node)) {
      const breaks = breaksLine(node);
      if (breaks) stack.push('\n');
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      if (breaks) add('\n');
    }
  }
  return { before, after };
}

/**
 * Does the element show? `display: contents` has no box of its own (checkVisibility says no),
 * but its text shows: its children are asked in turn.
 */
function rendered(el: Element): boolean {
  return el.checkVisibility() || getComputedStyle(el).display === 'contents';
}

/** A few words either side of a mention, from its own line of its block: the popup's list. */
export function contextOf(mention: Mention): { before: string; after: string } {
  const { range } = mention;
  const block = blockOf(range.startContainer) ?? range.startContainer.ownerDocument?.body;
  if (!block) return { before: '', after: '' };
  const { before, after } =
    range.startContainer instanceof Text && range.endContainer instanceof Text
      ? sides(block, range)
      : rangeSides(block, range);
  return { before: clipWords(before, 'before'), after: clipWords(after, 'after') };
}

/** A range that starts or ends between elements: the text either side, without lines. */
function rangeSides(block: Element, range: Range): { before: string; after: string } {
  const side = document.createRange();
  side.selectNodeContents(block);
  side.setEnd(range.startContainer, range.startOffset);
  const before = side.toString();
  side.selectNodeContents(block);
  side.setStart(range.endContainer, range.endOffset);
  return { before, after: side.toString() };
}
