import { INVISIBLE } from './chars';

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** Text with its invisible characters taken out, and the way back to the original offsets. */
export interface Folded {
  text: string;
  /** Where the character at folded offset `i` stands in the original. */
  start(i: number): number;
  /** Where a hit that ends at folded offset `i` ends in the original. */
  end(i: number): number;
}

/**
 * Soft hyphens, zero-width spaces and joiners sit inside words ("chole\u00adcalciferol",
 * Persian "کوله\u200cکلسیفرول") without changing what a reader sees. The patterns run on the
 * text without them; hits are mapped back. Most text has none, and costs one test.
 */
export function fold(text: string): Folded {
  if (!INVISIBLE.test(text)) return { text, start: (i) => i, end: (i) => i };
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!INVISIBLE.test(text[i] as string)) kept.push(i);
  }
  kept.push(text.length);
  return {
    text: text.replace(INVISIBLE_ALL, ''),
    start: (i) => kept[i] as number,
    // Just after the hit's last character: it never swallows invisible characters after it.
    end: (i) => (i === 0 ? (kept[0] as number) : (kept[i - 1] as number) + 1),
  };
}
