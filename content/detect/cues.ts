import { DIGIT, HYPHEN, LETTER, SPACE, UNSPACED } from './chars';
import { type CueKind, type Lexicon, normalise } from './lexicon';

/** A word (or a number with its unit) that tells what a bare "D3" near it is. */
export interface Cue {
  kind: CueKind | 'dose' | 'code';
  start: number;
  end: number;
}

const PART = new RegExp(`[^'\u2019/${HYPHEN}]+`, 'g');
const NUMBER = new RegExp(`^[${DIGIT}]+(?:[.,][${DIGIT}]+)*$`);
const NUMBER_UNIT = new RegExp(`^([${DIGIT}]+(?:[.,][${DIGIT}]+)?)([^${DIGIT}.,]+)$`);
// "2,000", "1 000", "10\u202f000": a number's groups of three, after its first token.
const THOUSANDS = new RegExp(
  `(?:[,.'\u00a0\u202f ][${DIGIT}]{3}(?![${DIGIT}]))*[${SPACE}]{0,2}`,
  'y',
);
const K2 = /^(?:[k\u043a][2\u2082]|mk[47])$/i;
// Other letter-and-digit codes (D1, D4, E3, G3, S1, A4) mean a series of seats, roads, notes,
// grid squares or degrees. Vitamins and their kin are not among them.
const CODE = /^[a-z\u0430-\u044f]{1,2}[0-9]{1,3}$/i;
const NOT_A_SERIES = new Set(['b1', 'b2', 'b3', 'b5', 'b6', 'b7', 'b9', 'b12', 'k1', 'q10', 'd']);
// "doses.diff", "d3.js", "foo.bar": dotted names are code or files, not words ("I.U." is).
const DOTTED_NAME = new RegExp(`[${LETTER}]{3,}\\.[${LETTER}]|[${LETTER}]\\.[${LETTER}]{3,}`);
const LATIN_IN_UNSPACED = /[A-Za-z0-9\u00b5]+(?:[-.][A-Za-z0-9]+)*/g;
const SENTENCE_END =
  /[.!?;](?=[\s\u00a0"'\u201d\u2019\u00bb)\]]|$)|[\u3002\uff01\uff1f\u061f\u06d4\u0964]/g;

/** How far around a bare D3 its sentence is looked for. */
const REACH = 250;

const phrasePatterns = new Map<string, RegExp>();

/**
 * The cues of one run of text, found as far as they are needed: a run may be megabytes long,
 * and a limit on mentions also limits this work.
 */
export class RunCues {
  readonly cues: Cue[] = [];
  private readonly ends: number[] = [];
  // Words, numbers and codes; parts joined by a hyphen, slash, dot or apostrophe stay one token.
  private readonly token: RegExp;
  private readonly sentence = new RegExp(SENTENCE_END);
  private scanned = 0;
  /** The first sentence end not yet in `ends`; -1 before the first search. */
  private nextEnd = -1;
  private done = false;

  constructor(
    readonly text: string,
    private readonly lexicon: Lexicon,
  ) {
    this.token = new RegExp(lexicon.token);
  }

  /** Every cue that starts before `at` has been found. */
  scanTo(at: number): void {
    while (!this.done && this.scanned < at) {
      const m = this.token.exec(this.text);
      if (m === null) {
        this.done = true;
        this.scanned = this.text.length;
        return;
      }
      this.scanned = m.index + m[0].length;
      this.classify(m[0], m.index);
    }
  }

  /** Does any cue (of a kind in `kinds`) occur anywhere in the run? */
  any(kinds: ReadonlySet<Cue['kind']>): boolean {
    for (let i = 0; ; i++) {
      while (i >= this.cues.length && !this.done) this.scanTo(this.scanned + 1);
      const cue = this.cues[i];
      if (cue === undefined) return false;
      if (kinds.has(cue.kind)) return true;
    }
  }

  /** Index of the first cue that ends after `at`. */
  firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cues[mid] as Cue).end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The cues that lie wholly in [from, to), leaving out any that overlap [skipFrom, skipTo). */
  within(from: number, to: number, skipFrom = -1, skipTo = -1): Cue[] {
    this.scanTo(to);
    const out: Cue[] = [];
    for (let i = this.firstEndingAfter(from); i < this.cues.length; i++) {
      const cue = this.cues[i] as Cue;
      if (cue.start >= to) break;
      if (cue.start >= from && cue.end <= to && (cue.end <= skipFrom || cue.start >= skipTo)) {
        out.push(cue);
      }
    }
    return out;
  }

  /** The bounds of the sentence around [start, end), at most REACH either way. */
  sentenceAround(start: number, end: number): [number, number] {
    const limit = Math.min(this.text.length, end + REACH);
    // The search runs ahead of `limit` to the next end, and that end is kept: searching again
    // from `limit` on each call would read a long run without full stops once per mention.
    while (this.nextEnd < limit) {
      if (this.nextEnd >= 0) this.ends.push(this.nextEnd);
      this.sentence.lastIndex = Math.max(0, this.nextEnd);
      const m = this.sentence.exec(this.text);
      this.nextEnd = m === null ? Number.POSITIVE_INFINITY : m.index + 1;
    }
    let from = Math.max(0, start - REACH);
    let to = limit;
    for (const e of this.ends) {
      if (e <= start && e > from) from = e;
      if (e >= end && e < to) to = e;
    }
    return [from, to];
  }

  private push(kind: Cue['kind'], start: number, end: number): void {
    this.cues.push({ kind, start, end });
  }

  private classify(token: string, at: number): void {
    if (UNSPACED.test(token)) {
      this.classifyUnspaced(token, at);
      return;
    }
    if (DOTTED_NAME.test(token)) {
      this.push('code', at, at + token.length);
      return;
    }
    if (this.phrase(token, at)) return;
    const kind = this.lookup(normalise(token));
    if (kind) {
      this.push(kind, at, at + token.length);
      return;
    }
    PART.lastIndex = 0;
    for (let m = PART.exec(token); m !== null; m = PART.exec(token)) {
      const end = m.index + m[0].length;
      this.classifyPart(m[0], at + m.index, end === token.length);
    }
  }

  private classifyPart(part: string, at: number, last: boolean): void {
    const end = at + part.length;
    const lx = this.lexicon;
    if (lx.d3Token.test(part)) return;
    if (NUMBER.test(part)) {
      if (last) this.dose(at, end);
      return;
    }
    const kind = this.kindOf(part);
    if (kind) this.push(kind, at, end);
  }

  /** What a word, number-with-unit or code signals, if anything. */
  private kindOf(part: string): Cue['kind'] | undefined {
    if (this.lexicon.d2Token.test(part)) return 'd2';
    if (K2.test(part)) return 'k2';
    const glued = NUMBER_UNIT.exec(part);
    if (glued && this.lookup(normalise(glued[2] as string)) === 'unit') return 'dose';
    const kind = this.lookup(normalise(part));
    if (kind) return kind;
    return CODE.test(part) && !NOT_A_SERIES.has(part.toLowerCase()) ? 'code' : undefined;
  }

  /** A number followed by a dose unit: "2,000 IU", "25\u202f\u00b5g", "1 000 \u041c\u0415". */
  private dose(start: number, end: number): void {
    THOUSANDS.lastIndex = end;
    THOUSANDS.test(this.text);
    const after = THOUSANDS.lastIndex;
    this.token.lastIndex = after;
    const next = this.token.exec(this.text);
    if (next === null || next.index !== after) {
      this.token.lastIndex = end;
      return;
    }
    const unit = this.phraseKind(next[0], next.index);
    if (unit?.[0] === 'unit' || this.lookup(normalise(next[0])) === 'unit') {
      const unitEnd = unit ? unit[1] : next.index + next[0].length;
      this.push('dose', start, unitEnd);
      this.token.lastIndex = unitEnd;
      this.scanned = unitEnd;
      return;
    }
    this.token.lastIndex = end;
  }

  private classifyUnspaced(token: string, at: number): void {
    const lx = this.lexicon;
    const { unspaced, unspacedKinds } = lx.cues;
    const found: Cue[] = [];
    if (unspaced) {
      unspaced.lastIndex = 0;
      for (let m = unspaced.exec(token); m !== null; m = unspaced.exec(token)) {
        const kind = unspacedKinds.get(m[0]);
        if (kind) found.push({ kind, start: at + m.index, end: at + m.index + m[0].length });
      }
    }
    // Codes for D2 in the local letter ("ดี2"): Latin ones are found with the parts below.
    lx.d2.lastIndex = 0;
    for (let m = lx.d2.exec(token); m !== null; m = lx.d2.exec(token)) {
      if (!/^[dд]/i.test(m[0]))
        found.push({ kind: 'd2', start: at + m.index, end: at + m.index + m[0].length });
    }
    LATIN_IN_UNSPACED.lastIndex = 0;
    const mark = this.cues.length;
    for (let m = LATIN_IN_UNSPACED.exec(token); m !== null; m = LATIN_IN_UNSPACED.exec(token)) {
      this.classifyPart(m[0], at + m.index, true);
    }
    // Keep the cues in text order: those of the Latin parts were pushed after `mark`.
    const latin = this.cues.splice(mark);
    this.cues.push(...[...found, ...latin].sort((a, b) => a.start - b.start));
    this.token.lastIndex = Math.max(this.token.lastIndex, at + token.length);
  }

  /** An entry of several words starting with this token ("fish oil", "blood test"). */
  private phrase(token: string, at: number): boolean {
    const found = this.phraseKind(token, at);
    if (!found) return false;
    this.push(found[0], at, found[1]);
    this.token.lastIndex = found[1];
    this.scanned = found[1];
    return true;
  }

  private phraseKind(token: string, at: number): [CueKind, number] | undefined {
    const list = this.lexicon.cues.phrases.get(normalise(token));
    if (!list) return undefined;
    for (const [key, kind] of list) {
      let re = phrasePatterns.get(key);
      if (!re) {
        const words = key.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
        re = new RegExp(`${words.join(`[${SPACE}]{1,3}`)}(?![${LETTER}${DIGIT}])`, 'iy');
        phrasePatterns.set(key, re);
      }
      re.lastIndex = at;
      if (re.test(this.text)) return [kind, re.lastIndex];
    }
    return undefined;
  }

  private lookup(word: string): CueKind | undefined {
    const { words, stems } = this.lexicon.cues;
    const exact = words.get(word);
    if (exact) return exact;
    for (let k = word.length; k >= Math.max(3, word.length - 6); k--) {
      const kind = stems.get(word.slice(0, k));
      if (kind) return kind;
    }
    return undefined;
  }
}
