/**
 * The text around a block that tells a reader what a bare "D3" in it is: the other items of
 * its list, its table row and the table's header, the heading above it. Asked for only when a
 * bare code's own sentence and block say nothing (see detect/bare.ts). `textContent`, not
 * `innerText`: no layout is forced.
 */

/** Where the structure around a block stops: a sectioning element is its own context. */
const SECTIONING = 'section,article,aside,nav,main,body,dialog,blockquote';
const HEADING = /^h[1-6]$/;
const ITEM = 'li,dt,dd,td,th';
/** How many levels above the block its list item or table cell may be. */
const ITEM_REACH = 3;
const SIBLINGS = 12;
const PIECE = 200;
const TOTAL = 2000;

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, PIECE);

export function neighbourText(block: ParentNode): string {
  if (!(block instanceof Element)) return '';
  const parts: string[] = [];
  const item = itemAround(block);
  if (item?.localName === 'td' || item?.localName === 'th') parts.push(...tableAround(item));
  else if (item) parts.push(...listAround(item));
  const heading = headingBefore(block);
  if (heading) parts.push(textOf(heading));
  return parts.join('\n').slice(0, TOTAL);
}

function itemAround(block: Element): Element | undefined {
  let el: Element | null = block;
  for (let i = 0; el && i <= ITEM_REACH; i++, el = el.parentElement) {
    if (el.matches(ITEM)) return el;
    if (el.matches(SECTIONING)) return undefined;
  }
  return undefined;
}

function listAround(item: Element): string[] {
  const parts: string[] = [];
  for (
    let s = item.previousElementSibling, n = 0;
    s && n < SIBLINGS;
    s = s.previousElementSibling, n++
  ) {
    parts.push(textOf(s));
  }
  for (let s = item.nextElementSibling, n = 0; s && n < SIBLINGS; s = s.nextElementSibling, n++) {
    parts.push(textOf(s));
  }
  // What introduces the list: "My supplements:", a heading.
  const intro = item.parentElement?.previousElementSibling;
  if (intro) parts.push(textOf(intro));
  return parts;
}

function tableAround(cell: Element): string[] {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return [];
  const parts = [...row.children].filter((c) => c !== cell).map(textOf);
  const header = table.tHead?.rows[0] ?? table.rows[0];
  if (header && header !== row) parts.push(...[...header.cells].map(textOf));
  if (table.caption) parts.push(textOf(table.caption));
  return parts;
}

/** The nearest heading before the block, within its section. */
function headingBefore(block: Element): Element | undefined {
  for (let el: Element | null = block; el && !el.matches(SECTIONING); el = el.parentElement) {
    for (
      let s = el.previousElementSibling, n = 0;
      s && n < SIBLINGS;
      s = s.previousElementSibling, n++
    ) {
      if (HEADING.test(s.localName)) return s;
    }
  }
  // A section's own heading, before anything else in it.
  const first = block.closest(SECTIONING)?.firstElementChild;
  return first && HEADING.test(first.localName) && first !== block ? first : undefined;
}
