/**
 * The cheap test every text node on every page goes through, in the first look: could it
 * hold part of a mention? A node that passes wakes the engine, so this decides what a page
 * without mentions costs. It asks for what a mention holds in the node the reader sees it in:
 *
 * - a code (D3, Д3, डी3, د٣, ดี3…) that is not part of an identifier: "D3.js", "d3-scale",
 *   "#D3D3D3", "d3@7" and "=D3*7" are code, and tech pages are full of them;
 * - a spaced code starting the node, whose vitamin word is in the one before
 *   ("vitamin <b>D 3</b>");
 * - a vitamin word, then a D and a 3 with a space between ("vitamin D 3", "วิตามินดี 3");
 * - a chemical name.
 *
 * A lone D ending the node, whose 3 is in the next one ("vitamin D<sub>3</sub>"), is asked for
 * apart (`endsWithLoneD`): most nodes that end in a D are "I'd", "%d" or a drop capital.
 *
 * A page that only talks about vitamins (vitamin C, vitamin D) passes none of them.
 * Hand-written to stay small; a lower-case code is held to stricter rules, so that an
 * upper-case "D3-Tropfen" passes where a lower-case "d3-scale" does not. `prefilter.test.ts`
 * proves it passes every mention the language data can make.
 */

const THREE = '[3\u2083\u00b3\u0663\u06f3\u0969\u09e9\u0e53\uff13]';
/** Local letters for D: Devanagari, Bengali, Thai, Urdu, Arabic and Persian. */
const LOCAL_D = '\u0921\u0940|\u09a1\u09bf|\u0e14\u0e35|\u0688\u06cc|\u062f[\u064a\u06cc]?';
const ANY_D = `[dD\u0434\u0414]|${LOCAL_D}`;
/**
 * The first letter of each candidate not written in Latin letters: a D (д, ｄ, the local
 * letters above) and of a chemical name (к, κ, ك, ک, ק, क, ক, แ, カ, 钙, 鈣, 칼).
 */
const OTHER_FIRST =
  '\u0434\uff44\u0921\u09a1\u0e14\u0688\u062f\u043a\u03ba\u0643\u06a9\u05e7\u0915\u0995\u0e41\u30ab\u9499\u9223\uce7c';

const VITAMIN = [
  'itam',
  'itim',
  'ítam', // Icelandic vítamín
  'итам',
  'ітам',
  'ιταμ',
  'ιτάμ',
  'יטמין',
  'יטמינ',
  'يتامين',
  'یتامین',
  'وٹامن',
  'विटामिन',
  'ভিটামিন',
  'วิตามิน',
  'ビタミン',
  '维生素',
  '維生素',
  '維他命',
  '维他命',
  '비타민',
].join('|');

// Chemical names, by the stem every spelling shares (a soft hyphen inside is taken out first:
// see `mayContain`). Few alternatives, and few first letters: this runs on every text node.
const CHEMICAL = [
  '[ck]al[cs\u010b]if', // Maltese writes kalċiferol
  'kal(?:cy|zi|tsi|ki|s\u00ed)f',
  '\u043a\u0430\u043b\u044c?\u0446\u0438\u0444', // кальциф, калциф
  '\u03ba\u03b1\u03bb\u03c3\u03b9\u03c6', // καλσιφ
  '\u0643\u0627\u0644\u0633\u064a\u0641',
  '\u06a9\u06cc?\u0644\u0633\u06cc\u0641',
  '\u05e7\u05dc\u05e6\u05d9\u05e4',
  '\u0915\u0948\u0932\u094d\u0938[\u093f\u0940]\u092b',
  '\u0995\u09cd\u09af\u09be\u09b2\u09b8\u09bf\u09ab',
  '\u0e41\u0e04\u0e25\u0e0b\u0e34(?:\u0e40)?\u0e1f',
  '\u30ab\u30eb\u30b7\u30d5\u30a7',
  '[\u9499\u9223]\u5316\u9187', // 钙化醇, 鈣化醇
  '\uce7c\uc2dc\ud398',
].join('|');

/**
 * What every text node goes through, and nearly all fail: a Latin code or chemical stem, the
 * first letter of a candidate in any other script, or a soft hyphen. One plain expression,
 * run fresh on each page and often in the regexp engine's interpreter: with every candidate
 * written out in full it took three times as long over the 65 pages, and a second test for
 * the other scripts twice as long. What stands around a code is checked in code, on the few
 * matches.
 */
const GATE_SOURCE = [
  `d(?:[-\u2010\u2011]|[\\s\u00a0\u202f]{1,2})?${THREE}`,
  // Filipino also respells the f as p: kolekalsiperol.
  '[ck]al(?:(?:[cs\u010b]i|cy|zi|tsi|ki|s\u00ed)f|sip)',
  `[${OTHER_FIRST}\u00ad]`,
].join('|');
const GATE = new RegExp(GATE_SOURCE, 'i');
/** A candidate in another script, tried where the gate saw its first letter. */
const OTHER = new RegExp(
  [
    // A code, written together ("Д3", "डी३") or with a space ("витамин Д 3").
    `(?<code>(?:[\u0434\uff44]|${LOCAL_D})(?<gap>[-\u2010\u2011]|[\\s\u00a0\u202f]{1,2})?${THREE})`,
    CHEMICAL,
  ].join('|'),
  'iy',
);
const VITAMIN_BEFORE = new RegExp(`(?:${VITAMIN})\\S{0,6}[\\s\u00a0\u202f-]{0,3}$`, 'i');
/** What rules a code out: before it, a digit, a colour's #, a cell's =; after it, a digit or @. */
const NOT_BEFORE = /[0-9#=_]/;
const NOT_AFTER = /^(?:[0-9@]|\.[a-z])/;
/** A lower-case code names something in code more often: d3.js, d3-scale, d3_x, d3/. */
const NOT_BEFORE_LOWER = /[0-9#=_.]/;
const NOT_AFTER_LOWER = /^(?:[0-9@]|[-._/][a-z])/;

const LONE_D = new RegExp(`(?:^|[^a-zA-Z\u0430-\u044f\u0410-\u042f0-9'\u2019%])(?:${ANY_D})$`);
/** The characters a letter for D ends with: a cheap first test, for every node. */
const D_ENDS = new Set([...'dD\u0434\u0414\u0940\u09bf\u0e35\u06cc\u062f\u064a']);

/** Could this text node hold part of a mention on its own? */
export function mayContain(text: string): boolean {
  // One expression object, not a second global one: each is compiled afresh on every page,
  // and slices of a string share its characters.
  for (let from = 0, m = GATE.exec(text); m !== null; m = GATE.exec(text.slice(from))) {
    const at = from + m.index;
    const found = m[0];
    // Soft hyphens break words where a browser may wrap them ("chole\u00adcalci\u00adferol"):
    // the few nodes that hold one are asked again without them.
    if (found === '\u00ad') return mayContain(text.replace(SOFT_HYPHENS, ''));
    if (found.length === 1 ? otherAt(text, at) : isLatin(text, at, found)) return true;
    from = at + 1;
  }
  return false;
}

/** A Latin match of the gate: a chemical stem, or a code that is not part of an identifier. */
function isLatin(text: string, at: number, found: string): boolean {
  if (found[0] !== 'd' && found[0] !== 'D') return true;
  return isCode(text, at, found, found.length > 2 ? found.slice(1, -1) : undefined);
}

function otherAt(text: string, at: number): boolean {
  OTHER.lastIndex = at;
  const m = OTHER.exec(text);
  if (m === null) return false;
  const code = m.groups?.code;
  return code === undefined || isCode(text, at, code, m.groups?.gap);
}

/** Is the code found at `at` a code a mention can hold, not part of an identifier? */
function isCode(text: string, at: number, code: string, gap: string | undefined): boolean {
  // With a space inside ("vitamin D 3"), only after a vitamin word: "and 3" is common. At the
  // start of the node, the word may end the node before ("vitamin <b>D 3</b>").
  if (gap !== undefined && gap.trim() === '') {
    // "and 3", "need 3": a letter before the D makes it a word's end, the common case.
    const c = text.charCodeAt(at - 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return false;
    const before = text.slice(Math.max(0, at - 24), at);
    return before.trim() === '' || VITAMIN_BEFORE.test(before);
  }
  const before = text[at - 1] ?? '';
  const after = text.slice(at + code.length, at + code.length + 2);
  const lower = code[0] === 'd' || code[0] === '\u0434' || code[0] === '\uff44';
  return lower
    ? !NOT_BEFORE_LOWER.test(before) && !NOT_AFTER_LOWER.test(after)
    : !NOT_BEFORE.test(before) && !NOT_AFTER.test(after);
}
const SOFT_HYPHENS = /\u00ad/g;

/** Does the node end in a lone D, whose 3 may start the next node ("vitamin D<sub>3</sub>")? */
export function endsWithLoneD(text: string): boolean {
  // Most nodes end in a Latin letter other than d, a space or punctuation.
  const last = text.charCodeAt(text.length - 1);
  if (last < 0x400 && last !== 100 && last !== 68) return false;
  if (!D_ENDS.has(text[text.length - 1] as string)) return false;
  // "and", "said": a Latin letter before a final d is the common case, and no lone D.
  const before = text.charCodeAt(text.length - 2);
  if ((before >= 97 && before <= 122) || (before >= 65 && before <= 90)) return false;
  // The tail alone: an expression anchored at the end is still tried from the start.
  return LONE_D.test(text.length > 4 ? text.slice(-4) : text);
}

/** Does text start with a 3 (after a D that ended the node before)? */
export const STARTS_WITH_THREE = new RegExp(`^${THREE}`);
