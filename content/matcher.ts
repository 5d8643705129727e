/**
 * Finds mentions of vitamin D3 in plain text. Pure: no DOM, no browser APIs.
 *
 * One compiled regular expression finds every candidate in a single pass; only a bare "D3"
 * then needs its surroundings checked. Every quantifier is bounded and no two adjacent ones
 * can match the same characters at length, so no input makes the engine backtrack
 * catastrophically (tests feed it 1 MB adversarial strings).
 *
 * The patterns avoid Unicode property classes (\p{L}) and the `u` flag on purpose: each
 * page runs a fresh content script, so they are compiled on every page, and with those they
 * took over 40 ms to compile; without, well under 1 ms. Word boundaries are checked in code
 * instead (see `isWordChar`).
 */

export interface Hit {
  start: number;
  end: number;
}

// Letters that may continue a word we match ("vitamins", "witaminą", "витамина"): Latin with
// its diacritics, and Cyrillic. Both cases, since the patterns ignore case.
const LETTER = 'a-z\\u00c0-\\u024f\\u0400-\\u04ff';
// vitamin, vitamins, Vitamine, vitamina(s), witamina/witaminy/witaminą, vitamín, vit., витамин…
const VITAMIN_WORD = `(?:[vw]itam[ií]n[${LETTER}]{0,3}|vit\\.?|витамин[${LETTER}]{0,2}|вітамін[${LETTER}]{0,2})`;
// Scripts without spaces between words: no word boundary before.
const VITAMIN_WORD_CJK = '(?:ビタミン|维生素|維生素|비타민\\s?)';
// Source HTML often breaks a line and indents inside a phrase: allow a run of white space.
const GAP = '[\\s\\u00a0\\u202f\\u2009\\u2010\\u2011-]{0,12}';
// D3, D-3, D₃; Cyrillic Д3 too. A space between D and 3 is not allowed: "vitamin D 3 times".
const D3 = '[dд](?:[\\u2010\\u2011-]?3|\\u2083)';
const CHEMICAL = `(?:(?:ch?|k)ol[eé]?[ck]al[cs][iy]f[eé]rol[${LETTER}]{0,2}|[хк]олекальциферол[${LETTER}]{0,2})`;

const PHRASES = `(?<word>${VITAMIN_WORD})${GAP}${D3}|(?<cjk>${VITAMIN_WORD_CJK})${GAP}${D3}|(?<chemical>${CHEMICAL})`;
const MENTION = new RegExp(`${PHRASES}|(?<bare>[dд](?:3|\u2083))`, 'gi');
// For runs with no context word at all: a bare D3 could never be accepted there.
const MENTION_NO_BARE = new RegExp(PHRASES, 'gi');

/** A fresh copy of the single pattern (for tools: the benchmark marks it with mark.js). */
export function mentionPattern(): RegExp {
  return new RegExp(MENTION);
}

/**
 * Cheap test for a single text node: could it hold part of a mention? Text nodes that fail it
 * are never looked at again, so this is most of the cost on a page without mentions.
 */
export const MAY_CONTAIN =
  /d[-\u2010\u2011]?3|d\u2083|д3|[vw]itam|vitamín|витамин|вітамін|ビタミン|维生素|維生素|비타민|[ck]al[cs][iy]f|кальциф/i;

// --- Word boundaries, in code -------------------------------------------------------------

let unicodeWord: RegExp | undefined;
let unicodeCjk: RegExp | undefined;

/** A letter, mark, digit or underscore, in any script. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128)
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  // Compiled only when text outside ASCII stands right beside a candidate.
  unicodeWord ??= /[\p{L}\p{M}\p{N}]/u;
  return unicodeWord.test(ch);
}

/** Scripts written without spaces between words: a following letter is no boundary problem. */
function isCjk(ch: string): boolean {
  unicodeCjk ??= /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]/u;
  return unicodeCjk.test(ch);
}

const startsWord = (text: string, at: number) => !isWordChar(text[at - 1]);
const endsWord = (text: string, at: number) => {
  const next = text[at];
  return !isWordChar(next) || (next !== undefined && next.charCodeAt(0) > 127 && isCjk(next));
};
const notLetter = (ch: string | undefined) =>
  ch === undefined || !isWordChar(ch) || /[0-9_]/.test(ch);

/** A lone D3 that is not part of a word, a colour (#D3D3D3), a cell range (D3:D9), a file or
 *  package name (d3.js, d3@7) or a property access (foo.d3). */
function bareStandsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && (isWordChar(before) || '#$@\\.'.includes(before))) return false;
  if (!endsWord(text, end)) return false;
  const after = text[end];
  return !(after !== undefined && '.@:'.includes(after) && isWordChar(text[end + 1]));
}

// --- Context for a bare D3 ----------------------------------------------------------------

const JOIN = '(?:[+/&,|·]|and|und|et|y|e|en|i|oraz|og|och|plus|with|mit|avec|con|com|met|z|с|и)?';
// 400, 1000, 1,000, 1 000, 2.5: thousands come in groups of exactly three digits, so a run of
// digits and separators can be split only one way.
const NUMBER = '\\d{1,6}(?:[,.\\u00a0\\u202f ]\\d{3}){0,2}(?:[.,]\\d{1,2})?';
const UNIT = `(?:IU|I\\.U\\.|IE|I\\.E\\.|UI|U\\.I\\.|ME|µg|μg|mcg|ug|units?|Einheiten|unidades|unità|jednost[${LETTER}]*)`;

// Alternatives must fail inside the pattern when a word runs on ("supplementing" is not
// "supplement"), so the engine goes on to try the next one. Latin and Cyrillic letters only:
// cheap to compile; code checks the rest of Unicode.
const WORD_ENDS = `(?![${LETTER}0-9_])`;

/**
 * Words that make a bare "D3" the vitamin when they stand right beside it. One pass over a run
 * finds them all; each bare D3 then looks only at its two neighbours (binary search), so a run
 * with thousands of bare D3s costs one scan, not thousands.
 */
const CONTEXT = new RegExp(
  [
    `(?<k2>(?:vitamin[${LETTER}]{0,2}[\\s\\u00a0]?)?(?:K2|K\\u2082|MK-?7)${WORD_ENDS})`,
    `(?<dose>${NUMBER}[\\s\\u00a0]{0,2}${UNIT}${WORD_ENDS})`,
    `(?<form>(?:soft-?gels?|capsules?|caps|drops|tablets?|tabs|gumm(?:y|ies)|supplements?|supplementation|spray|deficiency|Tropfen|Kapseln|Tabletten|Mangel|Präparat[${LETTER}]*|gouttes|gotas|gocce|cápsulas|capsule|druppels|krople|kapsułki|tabletki|suplement[${LETTER}]*|integrator[${LETTER}]*)${WORD_ENDS})`,
    `(?<taken>(?:tak(?:e|es|ing|en)|took|supplement(?:ing|ed)?(?:\\s+with)?|dose\\s+of|nehme|nehmen|prends|prendre|tomo|tomar|tomando|prendo|assumo|neem|nemen|biorę|przyjmuję)${WORD_ENDS})`,
    `(?<vitd>${VITAMIN_WORD}${GAP}[dд]|${CHEMICAL})`,
    `(?<vitdCjk>${VITAMIN_WORD_CJK}${GAP}[dд])`,
  ].join('|'),
  'gi',
);
type Kind = 'k2' | 'dose' | 'form' | 'taken' | 'vitd';
interface Token extends Hit {
  kind: Kind;
}

/** Is the context word at [start, end) a whole word (on the sides where that matters)? */
function tokenStandsAlone(kind: Kind | 'vitdCjk', text: string, start: number, end: number) {
  switch (kind) {
    case 'k2':
      return startsWord(text, start) && endsWord(text, end);
    case 'vitd':
      return startsWord(text, start) && notLetter(text[end]);
    case 'vitdCjk':
      return notLetter(text[end]);
    default:
      return startsWord(text, start) && notLetter(text[end]);
  }
}

// What may stand between a bare D3 and a neighbouring word of each kind.
const GAP_BEFORE: Partial<Record<Kind, RegExp>> = {
  k2: new RegExp(`^[\\s\\u00a0]{0,2}${JOIN}[\\s\\u00a0\\u2010\\u2011-]{0,2}$`, 'i'),
  // "drops of D3", "gotas de D3", "Tropfen mit D3"
  form: /^[\s\u00a0]{1,2}(?:of|de|di|da|do|van|mit|met|con|com|z|avec)[\s\u00a0]{1,2}$/i,
  dose: /^[\s\u00a0]{1,2}(?:(?:of|de|di|van|an|z)[\s\u00a0]{1,2})?$/i,
  taken:
    /^[\s\u00a0]{1,2}(?:(?:my|some|extra|more|the|your|his|her|their|a|daily|mein|meine|mon|ma|mi|il|la|mijn|de)[\s\u00a0]{1,2})?$/i,
};
const GAP_AFTER: Partial<Record<Kind, RegExp>> = {
  k2: GAP_BEFORE.k2,
  dose: /^[\s\u00a0]{0,2}[:(\u2013-]?[\s\u00a0]{0,2}$/,
  form: /^[\s\u00a0\u2010\u2011-]{1,2}$/,
};
const MAX_GAP = 16;
const SENTENCE_END = /[.!?;](?:[\s\u00a0]|$)|[。！？]/;
const CONTEXT_REACH = 250;

/** Index of the first span that ends after `at`. */
function firstEndingAfter(spans: readonly Hit[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Hit).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The context words of one run. They are scanned only as far as the bare D3s need, so a
 * limit on hits also limits this work.
 */
class RunContext {
  private readonly tokens: Token[] = [];
  private readonly vitaminD: Token[] = [];
  private readonly re = new RegExp(CONTEXT);
  private done = false;
  constructor(private readonly text: string) {}

  /** Whether the run holds any context word: without one, no bare D3 can be the vitamin. */
  any(): boolean {
    this.scanTo(0);
    return this.tokens.length > 0;
  }

  /** Is the bare "D3" at [start, end) the vitamin? Only when its context says so. */
  bareIsVitamin(start: number, end: number): boolean {
    this.scanTo(end + CONTEXT_REACH);
    const tokens = this.tokens;
    const i = firstEndingAfter(tokens, start);
    const before = tokens[i - 1];
    // The token found may overlap the D3 itself (the "3" of "D3 IU" is not a dose), so skip it.
    const after = tokens[i]?.start === start ? tokens[i + 1] : tokens[i];
    return (
      this.fits(GAP_BEFORE, before, before?.end ?? 0, start) ||
      this.fits(GAP_AFTER, after, end, after?.start ?? 0) ||
      this.sharesSentenceWithVitaminD(start, end)
    );
  }

  /** Finds tokens until one starts at or beyond `at` (or the text ends). */
  private scanTo(at: number): void {
    while (!this.done && (this.tokens.at(-1)?.start ?? -1) < at) {
      const m = this.re.exec(this.text);
      if (m === null) {
        this.done = true;
        return;
      }
      const groups = m.groups as Record<Kind | 'vitdCjk', string | undefined>;
      const found = (Object.keys(groups) as (Kind | 'vitdCjk')[]).find(
        (k) => groups[k] !== undefined,
      );
      const start = m.index;
      const end = start + m[0].length;
      if (!found || !tokenStandsAlone(found, this.text, start, end)) {
        this.re.lastIndex = start + 1; // a shorter or later word may still start here
        continue;
      }
      const token = { kind: found === 'vitdCjk' ? 'vitd' : found, start, end } as Token;
      this.tokens.push(token);
      if (token.kind === 'vitd') this.vitaminD.push(token);
    }
  }

  private fits(
    gaps: Partial<Record<Kind, RegExp>>,
    token: Token | undefined,
    from: number,
    to: number,
  ): boolean {
    const gap = token && gaps[token.kind];
    return gap !== undefined && to - from <= MAX_GAP && gap.test(this.text.slice(from, to));
  }

  private sharesSentenceWithVitaminD(start: number, end: number): boolean {
    const i = firstEndingAfter(this.vitaminD, start);
    const before = this.vitaminD[i - 1];
    const after = this.vitaminD[i];
    return (
      (before !== undefined && this.sameSentence(before.end, start)) ||
      (after !== undefined && this.sameSentence(end, after.start))
    );
  }

  private sameSentence(from: number, to: number): boolean {
    return to - from <= CONTEXT_REACH && !SENTENCE_END.test(this.text.slice(from, to));
  }
}

/** Every mention in `text`, in order, at most `limit`. */
export function findMentions(text: string, limit = Number.POSITIVE_INFINITY): Hit[] {
  const hits: Hit[] = [];
  const context = new RunContext(text);
  // A run with no context word at all can hold no bare D3 worth checking.
  const re = context.any() ? MENTION : MENTION_NO_BARE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && hits.length < limit; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups as Partial<Record<'word' | 'cjk' | 'chemical' | 'bare', string>>;
    const ok =
      g.bare !== undefined
        ? bareStandsAlone(text, start, end) && context.bareIsVitamin(start, end)
        : (g.cjk !== undefined || startsWord(text, start)) && endsWord(text, end);
    if (ok) hits.push({ start, end });
    else if (g.bare === undefined) re.lastIndex = start + 1; // "provitamin D3": the D3 may still count
  }
  return hits;
}

/** Does the text mention vitamin K2 (menaquinone, MK-7)? Used to tailor the card. */
const K2_MENTION = new RegExp(
  `(?:${VITAMIN_WORD}|${VITAMIN_WORD_CJK})${GAP}K(?:[\\u2010\\u2011-]?2|\\u2082)|menaquinon[${LETTER}]{0,2}|MK-?7|K2`,
  'gi',
);
export function mentionsK2(text: string): boolean {
  K2_MENTION.lastIndex = 0;
  for (let m = K2_MENTION.exec(text); m !== null; m = K2_MENTION.exec(text)) {
    const end = m.index + m[0].length;
    if (startsWord(text, m.index) && endsWord(text, end)) return true;
    K2_MENTION.lastIndex = m.index + 1;
  }
  return false;
}
