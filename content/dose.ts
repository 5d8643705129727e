/**
 * A dose written right beside a mention ("vitamin D3 5,000 IU", "2000 IU of D3", "125 µg D3",
 * "D3 (50 mcg)", "1000 UI de vitamine D3", "٢٠٠٠ وحدة دولية من فيتامين د٣"), and the same dose
 * in the other unit (1 µg of vitamin D3 is 40 IU). Pure: strings in, numbers out. The unit
 * words come from the language data (content/languages/), with the matcher's.
 *
 * It reads only what stands beside the mention, and says nothing when in doubt:
 * - a range or a product ("1000–2000 IU", "1000 to 2000 IU", "2 × 1000 IU") is no dose: the
 *   card gives one amount in two units, and picking either end would misquote the page;
 * - a dose that belongs to a neighbour ("K2 100 µg D3", "D3, 400 IU of vitamin E") is not
 *   this mention's;
 * - a dose on both sides ("K2 100 µg, D3 25 µg" read from the D3) is ambiguous: none;
 * - across a sentence end nothing counts ("…3 IU. Vitamin D3"), nor a number without a dose
 *   unit (a price, a year, a count of capsules).
 */
import { DIGIT, LETTER, SPACE, UNSPACED } from './detect/chars';
import type { Dose, DoseUnit } from './dose-units';
import { LANGUAGES } from './languages';

/** How much text either side of a mention is enough to find its dose. */
export const DOSE_REACH = 64;

// Thousands separators and decimal points: "5,000", "5.000", "5 000", "5'000", "٥٬٠٠٠", "12,5".
const SEPARATOR = `,.'\u2019\u066b\u066c${SPACE.replace('\\s', ' ')}`;
const DECIMAL = /^[.,\u066b]$/;
const NUMBER = `[${DIGIT}]+(?:[${SEPARATOR}][${DIGIT}]+)*`;
// A number starts whole: not inside another one ("11000", "1,000") nor a code ("K2 100 µg"
// is no "2 100"), though a letter of a script without spaces may touch it ("1日1000国際単位").
const WHOLE = `(?:(?<=${UNSPACED.source})|(?<![${LETTER}${DIGIT}]|[${DIGIT}][${SEPARATOR}]))`;
const DASH = '\\-\u2010-\u2015~\uff5e/x\u00d7';
// A word ends where a letter or digit does not follow, or at once in scripts written without
// spaces ("1000国際単位の"), or after an elided "d'" or a dotted "I.E.".
const END = `(?:(?<=${UNSPACED.source}|['\u2019.])|(?![${LETTER}${DIGIT}]))`;

/** The first digit (zero) of each script's digits in DIGIT, from the same list. */
const ZEROS = [
  0x30,
  ...[...DIGIT.matchAll(/\\u([0-9a-f]{4})-/g)].map((m) => Number.parseInt(m[1] as string, 16)),
];

interface Tables {
  /** A dose at the start of the text after a mention, past a little punctuation. */
  after: RegExp;
  /** A dose at the end of the text before a mention. */
  before: RegExp;
  /** What rules out a dose after its unit: a range or product goes on, or "of" something. */
  goesOn: RegExp;
  /** What rules out a dose before its number: a range, a product, another vitamin's code. */
  follows: RegExp;
  /** Normalised unit words that are micrograms. */
  micrograms: ReadonlySet<string>;
  microgramStems: readonly string[];
}

// The patterns match lower-cased text, without the `i` flag: case-folding the long letter
// classes made the first card that opened spend about 70 ms compiling them (under 10 ms now).
let tables: Tables | undefined;

/** Built on the first card that opens, from every language's unit words. */
function doseTables(): Tables {
  tables ??= build();
  return tables;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A data word as pattern text: spaces as any white space, a trailing `*` as a short ending. */
const literal = (word: string) =>
  word.endsWith('*')
    ? `${escaped(word.slice(0, -1))}[${LETTER}]{0,6}`
    : escaped(word).replace(/ /g, `[${SPACE}]{1,3}`);

const alternation = (words: readonly string[]) =>
  [...new Set(words.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');

const normal = (word: string) => word.toLowerCase().replace(/[\s\u00a0\u202f.]+/g, '');

function build(): Tables {
  const units: string[] = [];
  const micrograms = new Set<string>();
  const microgramStems: string[] = [];
  const of: string[] = [];
  for (const language of LANGUAGES) {
    const levels = new Set(language.dose?.levels);
    const micro = new Set(language.dose?.micrograms);
    for (const unit of language.cues?.units ?? []) {
      if (levels.has(unit)) continue;
      units.push(unit);
      if (!micro.has(unit)) continue;
      if (unit.endsWith('*')) microgramStems.push(normal(unit.slice(0, -1)));
      else micrograms.add(normal(unit));
    }
    of.push(...(language.dose?.of ?? []));
  }
  const unit = `(${alternation(units)})${END}`;
  const dose = `${WHOLE}(${NUMBER})[${SPACE}]{0,2}${unit}`;
  return {
    after: new RegExp(`^[${SPACE}(\\[:,=\\-\u2013\u2014\uff08\uff1a\uff0c]{0,4}${dose}`),
    before: new RegExp(
      `${dose}[${SPACE}\\-]{0,3}(?:(?:${alternation(of)})${END}[${SPACE}]{0,3})?$`,
    ),
    goesOn: new RegExp(
      `^[${SPACE}]*(?:[${DASH}]|[${LETTER}]{1,4}[${SPACE}]+)[${SPACE}]*[${DIGIT}]|^[${SPACE}]+(?:${alternation(of)})${END}`,
    ),
    follows: new RegExp(
      `[${DIGIT}][${SPACE}]*(?:[${DASH}]|[${SPACE}][${LETTER}]{1,4})[${SPACE}]*$|(?<![${LETTER}])[${LETTER}]{1,3}-?[${DIGIT}]{1,2}[${SPACE}:(\uff1a\uff08]*$`,
    ),
    micrograms,
    microgramStems,
  };
}

function unitOf(word: string, t: Tables): DoseUnit {
  const n = normal(word);
  if (t.micrograms.has(n) || t.microgramStems.some((stem) => n.startsWith(stem))) return 'ug';
  return 'iu';
}

/** A digit of any script we read as 0–9; separators pass through. */
function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const zero = ZEROS.find((z) => c >= z && c <= z + 9);
    out += zero === undefined ? ch : String(c - zero);
  }
  return out;
}

/**
 * The value of a written number: "5,000" and "5.000" are five thousand (a separator before
 * three digits groups thousands), "12,5" and "12.5" twelve and a half (one or two digits after
 * the last separator, or a whole part of 0, make it a decimal point). Anything else ("2 1000",
 * "1,00,0") is no number we can vouch for.
 */
export function amountOf(written: string): number | undefined {
  const text = asciiDigits(written);
  const parts = text.split(/[^0-9]/);
  const separators = text.match(/[^0-9]/g) ?? [];
  let fraction = '';
  const last = parts.at(-1) as string;
  if (parts.length > 1 && (last.length !== 3 || parts[0] === '0')) {
    if (!DECIMAL.test(separators.at(-1) as string)) return undefined;
    fraction = last;
    parts.pop();
    separators.pop();
  }
  const [first, ...groups] = parts as [string, ...string[]];
  if (groups.length > 0) {
    const grouping = separators[0] as string;
    const decimal = fraction ? text[text.length - fraction.length - 1] : undefined;
    const grouped =
      first.length <= 3 &&
      first !== '0' &&
      groups.every((g) => g.length === 3) &&
      separators.every((s) => s === grouping) &&
      grouping !== decimal;
    if (!grouped) return undefined;
  }
  const value = Number(`${first}${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return value > 0 && Number.isFinite(value) ? value : undefined;
}

/** A dose that starts `after` (the text right after a mention): "5,000 IU", " (50 mcg)". */
export function doseAfter(text: string): Dose | undefined {
  const t = doseTables();
  const after = text.toLowerCase();
  const m = t.after.exec(after);
  if (!m) return undefined;
  if (t.goesOn.test(after.slice(m.index + m[0].length))) return undefined;
  return dose(m[1] as string, m[2] as string, t);
}

/** A dose that ends `before` (the text right before a mention): "2000 IU of ", "125 µg ". */
export function doseBefore(text: string): Dose | undefined {
  const t = doseTables();
  const before = text.toLowerCase();
  const m = t.before.exec(before);
  if (!m) return undefined;
  if (t.follows.test(before.slice(0, m.index))) return undefined;
  return dose(m[1] as string, m[2] as string, t);
}

function dose(number: string, unit: string, t: Tables): Dose | undefined {
  const amount = amountOf(number);
  return amount === undefined ? undefined : { amount, unit: unitOf(unit, t) };
}

/**
 * The dose written beside a mention, from the text just before it and just after it (about
 * DOSE_REACH characters each); none when both sides have one.
 */
export function doseBeside(before: string, after: string): Dose | undefined {
  const ahead = doseAfter(after);
  const behind = doseBefore(before);
  return ahead && behind ? undefined : (ahead ?? behind);
}
