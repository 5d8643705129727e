/**
 * Character classes shared by the matcher's patterns, written as explicit ranges: a pattern
 * with Unicode property escapes (`\p{L}` and the `u` flag) took over 40 ms to compile, and
 * the content script compiles its patterns on every page that has a candidate.
 */

/**
 * Letters (and combining marks) of the scripts the matcher reads: Latin with its extensions
 * (Vietnamese included), Greek, Cyrillic, Hebrew, Arabic (Persian and Urdu letters too),
 * Devanagari, Bengali, Thai, Hangul, kana and CJK ideographs. Their digits are left out.
 */
export const LETTER =
  'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f' +
  '\\u0370-\\u03ff\\u0400-\\u052f\\u0591-\\u05f4\\u0610-\\u061a\\u0620-\\u065f\\u066e-\\u06d3' +
  '\\u06d5-\\u06ef\\u06fa-\\u06ff\\u0900-\\u0963\\u0971-\\u097f\\u0980-\\u09e5\\u09f0-\\u09ff' +
  '\\u0e01-\\u0e4e\\u1100-\\u11ff\\u1e00-\\u1fff\\u3040-\\u30ff\\u3130-\\u318f\\u3400-\\u4dbf' +
  '\\u4e00-\\u9fff\\uac00-\\ud7af\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uff9f';

/** Digits in every script we read (Arabic-Indic, Persian, Devanagari, Bengali, Thai, fullwidth). */
export const DIGIT =
  '0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59\\uff10-\\uff19';

/** The digit 3 as it is written in those scripts, and in subscript and superscript. */
export const THREE = '3\\u2083\\u00b3\\u0663\\u06f3\\u0969\\u09e9\\u0e53\\uff13';

/** The digit 2, for "D2". */
export const TWO = '2\\u2082\\u00b2\\u0662\\u06f2\\u0968\\u09e8\\u0e52\\uff12';

/** White space inside a phrase: source line breaks, no-break and narrow no-break spaces. */
export const SPACE = '\\s\\u00a0\\u2007\\u2009\\u202f';

/** Hyphens between the parts of a phrase ("vitamin-D3", "D\u20113"). */
export const HYPHEN = '\\u2010\\u2011\\u2013-';

/**
 * What may stand between a vitamin word and its code. Source HTML often breaks a line and
 * indents inside a phrase, so a run of white space is allowed; every quantifier is bounded.
 */
export const GAP = `[${SPACE}${HYPHEN}]{0,12}`;

/** Characters that are invisible inside words: soft hyphen, zero-width space and joiners. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

const letter = new RegExp(`[${LETTER}]`);
const digit = new RegExp(`[${DIGIT}]`);

// These are asked for every candidate, and most text is ASCII: answered without a pattern there.
const asciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const asciiDigit = (c: number) => c >= 48 && c <= 57;

/** A letter or mark of any script we read. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? asciiLetter(c) : letter.test(ch);
}

/** A digit of any script we read. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? asciiDigit(c) : digit.test(ch);
}

/** A letter, mark, digit or underscore: something a word boundary cannot fall inside. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return asciiLetter(c) || asciiDigit(c) || c === 95;
  return letter.test(ch) || digit.test(ch);
}

/**
 * Scripts written without spaces between words (or with particles glued on, as in Korean):
 * Thai, Hangul, kana, CJK. A neighbouring letter is no boundary problem there, and their
 * words are found as substrings.
 */
export const UNSPACED =
  /[\u0e01-\u0e4e\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]/;

/** Is this character in an unspaced script? */
export function isUnspaced(ch: string | undefined): boolean {
  return ch !== undefined && UNSPACED.test(ch);
}
