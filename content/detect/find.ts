import { BareJudge } from './bare';
import { DIGIT, HYPHEN, isDigit, isLetter, isUnspaced, isWordChar, LETTER, SPACE } from './chars';
import { fold } from './fold';
import { type Lexicon, lexicon, normalise } from './lexicon';

export interface Hit {
  start: number;
  end: number;
}

/** What may stand between a vitamin word and its code: "vitamin D3", "Vit. D3", "vitamin-\n D3". */
const WORD_GAP = new RegExp(`^[.]?[${SPACE}${HYPHEN}]{0,12}$`);
const NEXT_WORD = new RegExp(`[${SPACE}]*([^${SPACE}]*)`, 'y');
const LEADING_GAP = new RegExp(`^[^${LETTER}]+`);
const TRAILING_PUNCTUATION = new RegExp(`[^${LETTER}${DIGIT}'-]+$`);
const SPACED = new RegExp(`[${SPACE}]`);
const CASE_ENDING = new RegExp(`^[${LETTER}]{1,4}(?![${LETTER}${DIGIT}])`);
const D_OF_CODE = new RegExp(`[${HYPHEN}${SPACE}]*.$`);

/**
 * Every mention of vitamin D3 in `input`, in order, at most `limit`. Pure: no DOM.
 *
 * Two patterns find the candidates: codes (D3, D-3, D₃, Д3, डी3, ดี3, د٣…) and chemical names.
 * A code becomes a mention with the vitamin word before it ("vitamin D3", "витамина Д3",
 * "ビタミンD3"), or after it ("D3 vitamin", "D3-vitamiinia"), or alone, when what surrounds it
 * says it is the vitamin (see bare.ts). `neighbours` gives the text around the run's block
 * (its list, table, heading), asked for only when a bare code needs it.
 */
export function findMentions(
  input: string,
  limit = Number.POSITIVE_INFINITY,
  neighbours?: () => string,
): Hit[] {
  const folded = fold(input);
  const text = folded.text;
  const lx = lexicon();
  const hits: Hit[] = [];
  let judge: BareJudge | undefined;
  let words: VitaminWords | undefined;
  const judgeOf = () => {
    judge ??= new BareJudge(text, lx, neighbours);
    return judge;
  };

  const codes = new RegExp(lx.code);
  const chemicals = new RegExp(lx.chemical);
  let code = codes.exec(text);
  let chemical = chemicals.exec(text);
  while ((code !== null || chemical !== null) && hits.length < limit) {
    let hit: Hit | undefined;
    if (chemical !== null && (code === null || chemical.index < code.index)) {
      hit = chemicalAt(text, chemical.index, chemical.index + chemical[0].length, lx);
      // A shorter name may still start inside a rejected one.
      chemicals.lastIndex = hit ? chemicals.lastIndex : chemical.index + 1;
      chemical = chemicals.exec(text);
    } else if (code !== null) {
      if (words === undefined) {
        // A code counts only beside a vitamin word or where signs stand around it: a run
        // with neither (thousands of "D3"s in a table of seats) is left at once.
        if (!lx.anyVitamin.test(text) && !judgeOf().hasAnySign()) {
          code = null;
          continue;
        }
        words = new VitaminWords(text, lx.vitamin);
      }
      hit = codeAt(text, code, lx, words, judgeOf);
      code = codes.exec(text);
    }
    if (hit && !inAddress(text, hit.start, hit.end) && (hits.at(-1)?.end ?? 0) <= hit.start) {
      hits.push(hit);
      // The next candidates start after this mention.
      while (code !== null && code.index < hit.end) code = codes.exec(text);
      while (chemical !== null && chemical.index < hit.end) chemical = chemicals.exec(text);
    }
  }
  return hits.map((h) => ({ start: folded.start(h.start), end: folded.end(h.end) }));
}

function chemicalAt(text: string, start: number, end: number, lx: Lexicon): Hit | undefined {
  const first = text[start];
  const unspaced = isUnspaced(first);
  if (!unspaced && isLetter(text[start - 1])) return undefined;
  if (!unspaced && isLetter(text[end])) return undefined;
  return namesAnother(text, start, lx) ? undefined : { start, end };
}

/** "25-hydroxyvitamin D3", "活性型ビタミンD3", "25-羟基胆钙化醇": a phrase naming another molecule. */
function namesAnother(text: string, start: number, lx: Lexicon): boolean {
  return lx.notBefore?.test(text.slice(Math.max(0, start - 24), start)) ?? false;
}

/**
 * The vitamin words of a text, found in one pass the first time a code asks: a run with
 * thousands of codes and no vitamin word costs one scan, not thousands.
 */
class VitaminWords {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly re: RegExp;
  private done = false;

  constructor(
    private readonly text: string,
    pattern: RegExp,
  ) {
    this.re = new RegExp(pattern);
  }

  /** The start of the vitamin word that ends, a gap before, at `at`. */
  endingAt(text: string, at: number): number | undefined {
    // Find words as far as `at`: the texts are scanned once, in step with the codes.
    while (!this.done && (this.starts.at(-1) ?? -1) < at) {
      const m = this.re.exec(this.text);
      if (m === null) this.done = true;
      else {
        this.starts.push(m.index);
        this.ends.push(m.index + m[0].length);
      }
    }
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    const end = this.ends[lo - 1];
    if (end === undefined || at - end > 13 || !WORD_GAP.test(text.slice(end, at))) return undefined;
    return this.starts[lo - 1];
  }
}

function codeAt(
  text: string,
  code: RegExpExecArray,
  lx: Lexicon,
  words: VitaminWords,
  judge: () => BareJudge,
): Hit | undefined {
  const start = code.index;
  const end = start + code[0].length;
  // "D30", "vitamin D 3000 IU": the 3 begins a longer number.
  if (isDigit(text[end])) return undefined;
  const spaced = code[0].length > 2 && SPACED.test(code[0]);
  const letterAfter = isLetter(text[end]) && !isUnspaced(text[end]);

  // The vitamin word first.
  const wordStart = words.endingAt(text, start);
  if (wordStart !== undefined) {
    const glued = isLetter(text[wordStart - 1]);
    if (!glued || isUnspaced(text[wordStart]) || isUnspaced(text[wordStart - 1])) {
      if (spaced && isCount(text, end, lx)) return undefined;
      if (namesAnother(text, wordStart, lx)) return undefined;
      if (letterAfter) return undefined;
      return { start: wordStart, end };
    }
  }
  if (spaced) return undefined;

  // Code first: "D3 vitamin", "D3-vitamiinia", "D3 vitamini".
  const glued = isLetter(text[start - 1]) && !isUnspaced(text[start - 1]);
  lx.after.lastIndex = end;
  const after = lx.after.exec(text);
  if (after && !glued) {
    const wordEnd = end + after[0].length;
    const raw = after[0].replace(LEADING_GAP, '');
    const word = normalise(raw);
    if (!isLetter(text[wordEnd])) return { start, end: wordEnd };
    if (lx.compounding.has(word)) {
      // The compound runs on: the mention ends with the base form the compound is made from.
      const base = lx.compoundBases.find((b) => word.startsWith(b));
      return { start, end: wordEnd - (base ? raw.length - base.length : 0) };
    }
  }

  // A bare code.
  if (!standsAlone(text, start, end) || letterAfter) return undefined;
  const strict =
    code[0].charCodeAt(0) > 0x52f && lx.noBareD.has(code[0].replace(D_OF_CODE, '').toLowerCase());
  return judge().isVitamin(start, end, strict) ? { start, end } : undefined;
}

/** After a spaced "D 3": is the 3 a count ("3 times a week", "3ヶ月分")? */
function isCount(text: string, end: number, lx: Lexicon): boolean {
  NEXT_WORD.lastIndex = end;
  // "3-mal", "3x": a count glued on with a hyphen, too.
  const next = (NEXT_WORD.exec(text)?.[1] ?? '').replace(/^[\u2010\u2011\u2013-]/, '');
  const word = normalise(next.replace(TRAILING_PUNCTUATION, ''));
  if (isDigit(next[0])) return true;
  if (lx.cues.counts.has(word)) return true;
  return lx.cues.unspacedCounts?.test(text.slice(end, end + 8)) ?? false;
}

/**
 * A lone code that is not part of something else: a word (ID3, 3D3), a colour (#D3D3D3), a cell
 * or range (D3:D9, =D3*7), a file or package (d3.js, d3@7), a property (foo.d3).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && !isUnspaced(before)) {
    if (isWordChar(before) || '#$@\\.=_'.includes(before)) return false;
  }
  const after = text[end];
  if (after === undefined) return true;
  if ('*=_'.includes(after)) return false;
  // Finnish and Swedish put case endings on codes after a colon ("D3:a", "D3:n"): a short run of
  // letters, where a cell range ("D3:D9") or a time has a code or digits.
  if (after === ':' && isLetter(text[end + 1]))
    return CASE_ENDING.test(text.slice(end + 1, end + 7));
  return !('.@:'.includes(after) && isWordChar(text[end + 1]));
}

// The run of non-space characters around a hit, and what makes it an address or a name.
const TRIM = /^[("'\u00ab\u201c\u2018[]+|[)"'\u00bb\u201d\u2019\].,;:!?]+$/g;
const ADDRESS_REACH = 80;
const ADDRESS = /:\/\/|^www\.|@|^#|_|[a-z0-9-]\.[a-z]{2,}\/|\.(?!d3$)[a-z][a-z0-9]{1,3}$/i;

/** Inside a URL, an e-mail address, a file name, a hashtag or a handle shown as text? */
function inAddress(text: string, start: number, end: number): boolean {
  // Bounded: text without spaces (Chinese, Thai) would otherwise make each hit read all of it.
  let from = start;
  let to = end;
  const low = Math.max(0, start - ADDRESS_REACH);
  const high = Math.min(text.length, end + ADDRESS_REACH);
  while (from > low && !/\s/.test(text[from - 1] as string)) from--;
  while (to < high && !/\s/.test(text[to] as string)) to++;
  if (from === start && to === end) return false;
  return ADDRESS.test(text.slice(from, to).replace(TRIM, ''));
}
