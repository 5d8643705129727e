import { LANGUAGES } from '../languages';
import type { Cues, Language } from '../languages/types';
import { DIGIT, HYPHEN, LETTER, SPACE, THREE, TWO, UNSPACED } from './chars';

/**
 * The matcher's patterns and tables, compiled from the language data (content/languages/).
 * Built once, on the first page text that passes the prefilter: pages without a candidate
 * never pay for it.
 */

/** What a word near a bare "D3" says about it. */
export type CueKind =
  | 'k2'
  | 'd2'
  | 'chem'
  | 'vitd'
  | 'unit'
  | 'form'
  | 'supp'
  | 'neg'
  | 'taking'
  | 'health';

/** When a word is in several lists, the first kind here wins. */
const PRIORITY: readonly [CueKind, (c: Cues) => readonly string[] | undefined][] = [
  ['k2', (c) => c.k2],
  ['d2', (c) => c.d2],
  ['unit', (c) => c.units],
  ['form', (c) => c.forms],
  ['supp', (c) => c.supplements],
  ['neg', (c) => c.negatives],
  ['taking', (c) => c.taking],
  ['health', (c) => c.health],
];

export interface Lexicon {
  /** A code: D or a local letter for it, an optional hyphen or space, and a 3. */
  code: RegExp;
  /** Local letters for D that never make a bare code (lower case). */
  noBareD: ReadonlySet<string>;
  /** A letter or digit that no code is written with: a run without one holds only codes. */
  notInCode: RegExp;
  /** Chemical names. */
  chemical: RegExp;
  /** A vitamin word, with its prefixes and ending, that a code follows (global). */
  vitamin: RegExp;
  /** A gap and a vitamin word, right at `lastIndex` (sticky): code-first phrases. */
  after: RegExp;
  /**
   * Could the text hold a vitamin word, before or after a code? Without one, only a bare code
   * can count. The first four letters of each word: a short alternation scans fast.
   */
  anyVitamin: RegExp;
  /** Vitamin words after the code that may run on into a compound (normalised). */
  compounding: ReadonlySet<string>;
  /**
   * The base forms compounds are made from ("vitamin", "vitamiini"), longest first: where a
   * compound runs on, the mention ends with one ("D3-vitamintillskott" is "D3-vitamin").
   */
  compoundBases: readonly string[];
  /** Words that make a vitamin phrase or chemical name right after them another molecule. */
  notBefore: RegExp | undefined;
  /** Vitamin K2 by any of its names, for the card. */
  k2: RegExp;
  /**
   * Words, numbers and codes for the cue tables (see cues.ts). Codes for D3 are skipped here,
   * natively: a run of thousands of codes hands none of them to script.
   */
  token: RegExp;
  /** A code for D2 anywhere (inside text without spaces). */
  d2: RegExp;
  /** A whole token that is a code for D2, or for D3. */
  d2Token: RegExp;
  d3Token: RegExp;
  /** The word tables, built the first time a bare or spaced code needs them. */
  readonly cues: CueTables;
  /**
   * Builds a part of `cues` (a few languages' words); true once they are all built. Building
   * them at once, on first use, could hold a slow device's main thread for 50 ms.
   */
  buildCues(): boolean;
}

/** What the words around a code say: for bare codes (bare.ts) and spaced ones ("D 3"). */
export interface CueTables {
  /** Whole words, normalised (see `normalise`), and what they signal. */
  words: ReadonlyMap<string, CueKind>;
  /** Word beginnings (from `word*` entries), normalised, and what they signal. */
  stems: ReadonlyMap<string, CueKind>;
  /** Entries of several words, by their first word: checked against the text there. */
  phrases: ReadonlyMap<string, readonly [string, CueKind][]>;
  /** Cue words of scripts written without spaces, found as substrings. */
  unspaced: RegExp | undefined;
  unspacedKinds: ReadonlyMap<string, CueKind>;
  /** Small words allowed between a bare D3 and its sign. */
  joiners: ReadonlySet<string>;
  /** Words that make a digit after a spaced "D 3" a count. */
  counts: ReadonlySet<string>;
  unspacedCounts: RegExp | undefined;
}

/** What a token is made of: letters, digits, subscript and superscript digits. */
const WORD = `${LETTER}${DIGIT}\\u2080-\\u2089\\u00b2\\u00b3`;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A data word as literal pattern text (without its `*`), spaces as any white space. */
const literal = (word: string) =>
  escaped(word.endsWith('*') ? word.slice(0, -1) : word).replace(/ /g, `[${SPACE}]{1,3}`);

/** Longest first, so that the longer of two words sharing a beginning wins. */
const alternation = (patterns: Iterable<string>) =>
  [...new Set(patterns)].sort((a, b) => b.length - a.length).join('|');

/**
 * Data words as one pattern: those with a `*` share one bounded ending, so the long letter
 * class is written once, not once per word (it kept patterns tens of kilobytes long).
 */
function wordsPattern(list: readonly string[], ending = 6): string {
  const open = list.filter((w) => w.endsWith('*')).map(literal);
  const exact = list.filter((w) => !w.endsWith('*')).map(literal);
  const parts = open.length ? [`(?:${alternation(open)})[${LETTER}]{0,${ending}}`] : [];
  if (exact.length) parts.push(alternation(exact));
  return parts.join('|');
}

/** "vit.", "vit", "вит.": short forms of the vitamin word. */
const isAbbreviation = (w: string) => w.includes('.') || w.length <= 3;

/** How words are compared: lower case, no dots ("I.U." is "iu"), one kind of hyphen. */
export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return ODD.test(lower)
    ? lower.replace(ODD_ALL, (c) => (c === '.' ? '' : c === '\u2019' ? "'" : '-'))
    : lower;
}
const ODD = /[.\u2010\u2011\u2013\u2019]/;
const ODD_ALL = new RegExp(ODD.source, 'g');

function letterForD(languages: readonly Language[]): string {
  const local = languages.flatMap((l) => l.d ?? []).map(escaped);
  return `(?:${alternation(local)}|[dDдД])`;
}

/**
 * The vitamin word as written before a code: languages that share prefixes and endings share
 * one group ("витамина", "witaminą", "vitamina", "לוויטמין").
 */
function vitaminBefore(languages: readonly Language[]): string {
  const groups = new Map<
    string,
    { prefixes: readonly string[]; endings: number; words: string[] }
  >();
  for (const l of languages) {
    const prefixes = l.prefixes ?? [];
    const endings = l.endings ?? 0;
    const key = `${prefixes.join(' ')}|${endings}`;
    const group = groups.get(key) ?? { prefixes, endings, words: [] };
    group.words.push(...l.vitamin);
    groups.set(key, group);
  }
  const patterns: string[] = [];
  for (const { prefixes, endings, words } of groups.values()) {
    const prefix = prefixes.length ? `(?:${alternation(prefixes.map(escaped))})?` : '';
    // Abbreviations ("vit.", "вит") take no ending: "vital" is not "vit" inflected.
    const full = words.filter((w) => !isAbbreviation(w)).map(literal);
    const short = words.filter(isAbbreviation).map(literal);
    const ending = endings ? `[${LETTER}]{0,${endings}}` : '';
    const inflected = full.length ? [`(?:${alternation(full)})${ending}`] : [];
    patterns.push(`${prefix}(?:${[...inflected, ...short].join('|')})`);
  }
  return patterns.join('|');
}

function* compileCues(languages: readonly Language[]): Generator<void, CueTables> {
  const words = new Map<string, CueKind>();
  const stems = new Map<string, CueKind>();
  const phrases = new Map<string, [string, CueKind][]>();
  const unspacedKinds = new Map<string, CueKind>();
  const add = (entry: string, kind: CueKind) => {
    const open = entry.endsWith('*');
    const word = open ? entry.slice(0, -1) : entry;
    if (UNSPACED.test(word)) {
      if (!unspacedKinds.has(word)) unspacedKinds.set(word, kind);
      return;
    }
    const key = normalise(word);
    const space = key.indexOf(' ');
    if (space > 0) {
      const first = key.slice(0, space);
      const list = phrases.get(first) ?? [];
      list.push([key.replace(/\s+/g, ' '), kind]);
      phrases.set(first, list);
      return;
    }
    const table = open ? stems : words;
    if (!table.has(key)) table.set(key, kind);
  };
  for (const language of languages) {
    for (const name of language.chemical) add(name.endsWith('*') ? name : `${name}*`, 'chem');
  }
  // Kind by kind, then language by language: the first kind a word is given is its kind.
  for (const [kind, list] of PRIORITY.slice(0, 2)) {
    for (const language of languages) {
      for (const w of list(language.cues ?? {}) ?? []) add(w, kind);
      yield;
    }
  }
  for (const language of languages) {
    for (const w of language.vitamin) {
      // A one-letter short form in an unspaced script (维) would be found inside other words.
      if (UNSPACED.test(w) && w.length < 2) continue;
      add(language.endings && !isAbbreviation(w) ? `${w}*` : w, 'vitd');
    }
    for (const w of language.after ?? []) add(w, 'vitd');
    yield;
  }
  for (const [kind, list] of PRIORITY.slice(2)) {
    for (const language of languages) {
      for (const w of list(language.cues ?? {}) ?? []) add(w, kind);
      yield;
    }
  }
  const unspacedCounts = languages.flatMap((l) => l.counts ?? []).filter((w) => UNSPACED.test(w));
  return {
    words,
    stems,
    phrases,
    unspaced: unspacedKinds.size
      ? new RegExp(alternation([...unspacedKinds.keys()].map(escaped)), 'g')
      : undefined,
    unspacedKinds,
    joiners: new Set(languages.flatMap((l) => l.cues?.joiners ?? []).map(normalise)),
    counts: new Set(languages.flatMap((l) => l.counts ?? []).map(normalise)),
    unspacedCounts: unspacedCounts.length
      ? new RegExp(`^[${SPACE}]?(?:${alternation(unspacedCounts.map(escaped))})`)
      : undefined,
  };
}

export function compile(languages: readonly Language[] = LANGUAGES): Lexicon {
  const D = letterForD(languages);
  const THREE_CODE = `${D}(?:[${HYPHEN}]|[${SPACE}]{1,2})?[${THREE}]`;
  const afterForms = languages.flatMap((l) => l.after ?? []);
  const notBefore = languages.flatMap((l) => l.notBefore ?? []);
  // Chemical names always take their grammatical endings ("холекальциферола"), but not in
  // scripts without spaces, where the next word follows at once.
  const chemicals = languages
    .flatMap((l) => l.chemical)
    .map((w) => (w.endsWith('*') || UNSPACED.test(w) ? w : `${w}*`));
  let cues: CueTables | undefined;
  let building: Generator<void, CueTables> | undefined;
  const buildCues = (): boolean => {
    if (cues) return true;
    building ??= compileCues(languages);
    const step = building.next();
    if (step.done) cues = step.value;
    return step.done === true;
  };
  const codeLetters = languages.flatMap((l) => [...(l.d ?? []).join('')]).map(escaped);
  // Each part is built the first time it is asked for, so that compiling can be spread over
  // several slices (see content/warm-up.ts) and a run that needs few parts builds few.
  const parts = lazily<Omit<Lexicon, 'cues' | 'buildCues'>>({
    code: () => new RegExp(THREE_CODE, 'gi'),
    notInCode: () =>
      new RegExp(`(?![dD\u0434\u0414${codeLetters.join('')}${THREE}])[${LETTER}${DIGIT}]`),
    noBareD: () =>
      new Set(
        languages
          .filter((l) => l.noBareLocalD)
          .flatMap((l) => (l.d ?? []).map((d) => d.toLowerCase())),
      ),
    chemical: () => new RegExp(wordsPattern(chemicals, 4), 'gi'),
    // Only a word a code follows: with all languages in one alternation, the first word that
    // fits is taken, so the lookahead makes "vitamina D3" try past English "vitamin".
    vitamin: () =>
      new RegExp(
        `(?:${vitaminBefore(languages)})(?=[.]?[${SPACE}${HYPHEN}]{0,12}${THREE_CODE})`,
        'gi',
      ),
    after: () =>
      new RegExp(`[${SPACE}${HYPHEN}]{0,3}(?:${alternation(afterForms.map(literal))})`, 'iy'),
    anyVitamin: () =>
      new RegExp(
        alternation(
          languages
            .flatMap((l) => [...l.vitamin, ...(l.after ?? [])])
            .map((w) => escaped(w.slice(0, 4))),
        ),
        'i',
      ),
    compounding: () =>
      new Set(languages.filter((l) => l.compounds).flatMap((l) => (l.after ?? []).map(normalise))),
    compoundBases: () =>
      [
        ...new Set(
          languages
            .filter((l) => l.compounds && l.after?.[0])
            .map((l) => normalise(l.after?.[0] ?? '')),
        ),
      ].sort((a, b) => b.length - a.length),
    notBefore: () =>
      notBefore.length
        ? new RegExp(`(?:${alternation(notBefore.map(escaped))})[${SPACE}${HYPHEN}]{0,2}$`, 'i')
        : undefined,
    token: () =>
      new RegExp(
        `(?<![${WORD}])(?!${D}[${HYPHEN}]?[${THREE}](?![${WORD}]))[${WORD}]+(?:['\u2019./${HYPHEN}][${WORD}]+)*`,
        'g',
      ),
    d2: () => new RegExp(`${D}[${HYPHEN}]?[${TWO}](?![${DIGIT}])`, 'gi'),
    d2Token: () => new RegExp(`^${D}[${HYPHEN}]?[${TWO}]$`, 'i'),
    d3Token: () => new RegExp(`^${D}[${HYPHEN}]?[${THREE}]$`, 'i'),
    k2: () =>
      new RegExp(
        `(?:^|[^${LETTER}0-9])(?:[K\u041a][${HYPHEN}${SPACE}]?[2\u2082]|MK-?[47])(?![${LETTER}0-9])|${wordsPattern(
          languages.flatMap((l) => l.cues?.k2 ?? []),
        )}`,
        'i',
      ),
  });
  return Object.defineProperties(parts, {
    cues: {
      get() {
        while (!buildCues());
        return cues as CueTables;
      },
    },
    buildCues: { value: buildCues },
  }) as Lexicon;
}

/** An object whose every property is made by its function, once, when first read. */
function lazily<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    let value: T[keyof T] | undefined;
    let made = false;
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        if (!made) {
          value = makers[key]();
          made = true;
        }
        return value;
      },
    });
  }
  return out;
}

let built: Lexicon | undefined;

/** The lexicon of every language, compiled on first use. */
export function lexicon(): Lexicon {
  built ??= compile();
  return built;
}
