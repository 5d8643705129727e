/**
 * What the extension says it found, kept honest: how many mentions a frame has, and how many of
 * them are highlighted (the "only the first" setting and the cap leave some unmarked). Pure.
 */
export interface Tally {
  found: number;
  highlighted: number;
}

/**
 * Past this many mentions a frame stops counting: "200+". As many as the default cap on
 * highlights, so that counting costs a page no more than painting it did (counting to 1,000
 * held the main thread for 67 ms on a page of 50,000 mentions); a higher cap counts to itself.
 */
export const COUNT_LIMIT = 200;

/** A tab's count: every frame's tallies added, and whether any frame stopped counting. */
export interface TabTally extends Tally {
  capped: boolean;
}

export const NOTHING: TabTally = Object.freeze({ found: 0, highlighted: 0, capped: false });

export function sumTallies(tallies: Iterable<Tally>): TabTally {
  let found = 0;
  let highlighted = 0;
  let capped = false;
  for (const t of tallies) {
    found += t.found;
    highlighted += t.highlighted;
    capped ||= t.found >= COUNT_LIMIT;
  }
  return { found, highlighted, capped };
}

/** Are some of the mentions found (or, past the cap, possibly more) left unmarked? */
export const someUnmarked = (t: TabTally) => t.capped || t.found > t.highlighted;

/**
 * The toolbar badge: how many mentions are highlighted, with "+" when the page has more than
 * that ("200+"); nothing for none, or with badges off. Four characters fit the badge.
 */
export function badgeText(t: TabTally, enabled: boolean): string {
  if (!enabled || t.highlighted <= 0) return '';
  if (t.highlighted > 999) return '999+';
  return someUnmarked(t) ? `${t.highlighted}+` : String(t.highlighted);
}
