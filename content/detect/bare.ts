import { LETTER } from './chars';
import { type Cue, RunCues } from './cues';
import type { Lexicon } from './lexicon';

/**
 * Is a bare "D3" the vitamin? A reader decides from what stands around it, and so does this:
 *
 * 1. A word right beside it, with only small words between ("D3 and K2", "2000 IU of D3",
 *    "drops of D3", "iron, D3, fish oil", "gate D3", "the D3 exit"): an other-sense word
 *    there says no; a strong sign (K2, a dose, D2, a vitamin word) says yes; a weak one
 *    ("drops", "iron") says yes unless its sentence has other-sense words ("the D3 drops are
 *    the rarest loot").
 * 2. Else its sentence: doses, K2, D2, vitamin words and chemical names are strong signs;
 *    forms, other supplements, verbs of taking and health words are weak ones, and need a
 *    second. Other-sense words outweigh as many strong signs ("D3 athletes … vitamin D").
 * 3. Else the rest of its block, then the structure around it (the items of its list, its
 *    table's row and header, the heading above): "Magnesium / D3 / Omega-3" in a list.
 *
 * A lower-case "d3" is read as the vitamin only on a strong sign: it is how code and chess
 * write it.
 */

type Kind = Cue['kind'];
const NEGATIVE: ReadonlySet<Kind> = new Set(['neg', 'code']);
const STRONG: ReadonlySet<Kind> = new Set(['k2', 'd2', 'chem', 'vitd', 'dose']);
/** Weak signs that still settle it when they stand right beside the code ("D3 drops"). */
const BESIDE: ReadonlySet<Kind> = new Set(['form', 'supp', 'unit', 'health']);
const WEAK: ReadonlySet<Kind> = new Set(['form', 'supp', 'unit', 'taking', 'health']);
const POSITIVE: ReadonlySet<Kind> = new Set([...STRONG, ...WEAK]);

/** What may stand between a D3 and a word beside it. */
const MAX_GAP = 24;
const GAP_WORD = new RegExp(`[${LETTER}0-9]+`, 'g');
const GAP_STOP = /[.!?;](?:\s|$)|[0-9]/;
/** How far into its block around a bare D3 the third step looks. */
const BLOCK_REACH = 1000;

interface Tally {
  strong: number;
  weak: number;
  negative: number;
}

function tally(cues: readonly Cue[]): Tally {
  const t = { strong: 0, weak: 0, negative: 0 };
  for (const cue of cues) {
    if (NEGATIVE.has(cue.kind)) t.negative++;
    else if (STRONG.has(cue.kind)) t.strong++;
    else if (WEAK.has(cue.kind)) t.weak++;
  }
  return t;
}

export class BareJudge {
  private readonly run: RunCues;
  private around: RunCues | undefined;
  private anySign: boolean | undefined;

  constructor(
    text: string,
    private readonly lexicon: Lexicon,
    private readonly neighbours: (() => string) | undefined,
  ) {
    this.run = new RunCues(text, lexicon);
  }

  /** Whether the run, or the structure around it, holds any sign at all: most hold none. */
  hasAnySign(): boolean {
    this.anySign ??=
      (this.hasWords() && this.run.any(POSITIVE)) || (this.aroundCues()?.any(POSITIVE) ?? false);
    return this.anySign;
  }

  /** Anything but codes in the run? "D3 D3 D3…" needs no tokenizing, nor a copy. */
  private hasWords(): boolean {
    return this.lexicon.notInCode.test(this.run.text);
  }

  private aroundCues(): RunCues | undefined {
    if (!this.neighbours) return undefined;
    this.around ??= new RunCues(this.neighbours().slice(0, 2000), this.lexicon);
    return this.around;
  }

  /**
   * `strict`: the code is written with a local letter that is also a word (Thai ดี, "good"),
   * so only a strong sign right beside it counts ("วิตามินดี2และดี3").
   */
  isVitamin(start: number, end: number, strict = false): boolean {
    if (!this.hasAnySign()) return false;
    const text = this.run.text;
    const lower = text[start] === 'd';

    // 1. Beside it.
    this.run.scanTo(end + MAX_GAP + 40);
    const i = this.run.firstEndingAfter(start);
    const cues = this.run.cues;
    const before = cues[i - 1];
    const after = cues[i]?.start === start ? cues[i + 1] : cues[i];
    const near = [
      before && this.joins(before.end, start) ? before : undefined,
      after && this.joins(end, after.start) ? after : undefined,
    ];
    if (near.some((c) => c && NEGATIVE.has(c.kind))) return false;
    if (near.some((c) => c && STRONG.has(c.kind))) return true;
    if (strict) return false;

    // 2. Its sentence.
    const [from, to] = this.run.sentenceAround(start, end);
    const sentence = tally(this.run.within(from, to, start, end));
    // "The D3 drops are the rarest loot": a weak sign beside it yields to other-sense words.
    if (near.some((c) => c && BESIDE.has(c.kind))) return !lower && sentence.negative === 0;
    if (sentence.negative > 0) return !lower && sentence.strong > sentence.negative;
    if (sentence.strong > 0) return true;

    // 3. The block, then the structure around it.
    const block = tally(
      this.run.within(Math.max(0, start - BLOCK_REACH), end + BLOCK_REACH, start, end),
    );
    if (block.negative > 0) return false;
    const strong = block.strong;
    let weak = Math.max(block.weak, sentence.weak);
    if (strong === 0 && weak < 2) {
      const around = this.aroundCues();
      if (around) {
        // Every sign counts as weak there: a list item that reads "Vitamin" is not enough.
        const wider = tally(around.within(0, around.text.length));
        if (wider.negative > 0) return false;
        weak += wider.strong + wider.weak;
      }
    }
    return strong > 0 || (!lower && weak >= 2);
  }

  /** Only small words (and, of, with, the…), punctuation or a vitamin letter between. */
  private joins(from: number, to: number): boolean {
    if (to - from > MAX_GAP) return false;
    const gap = this.run.text.slice(from, to);
    if (GAP_STOP.test(gap)) return false;
    GAP_WORD.lastIndex = 0;
    for (let m = GAP_WORD.exec(gap); m !== null; m = GAP_WORD.exec(gap)) {
      const word = m[0];
      if (!(this.lexicon.cues.joiners.has(word.toLowerCase()) || /^[A-K]$/.test(word)))
        return false;
    }
    return true;
  }
}
