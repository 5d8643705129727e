import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/serve.mjs';

/**
 * The labelled detection sets (tests/fixtures/corpus/README.md). `corpus` is what the
 * matcher is tuned on; `blind` was written by a session that never saw the matcher, and its
 * snippets are never printed, so that nobody tuning the matcher reads them.
 */
export type LabelledSet = 'corpus' | 'blind';

export function setFiles(set: LabelledSet): string[] {
  const dir = path.join(ROOT, 'tests/fixtures', set);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
}

export interface SectionResult {
  lang: string;
  html: string;
  expected: string[];
  found: string[];
}

/** Runs in the page's own world: what each section expects, and what was painted in it. */
export function collectSections(): SectionResult[] {
  const painted = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
  return [...document.querySelectorAll<HTMLElement>('section[data-expect]')].map((s) => ({
    lang: s.closest('[lang]')?.getAttribute('lang') ?? '',
    html: s.innerHTML.trim().replace(/\s+/g, ' ').slice(0, 140),
    expected: (s.dataset.expect ?? '').split('|').filter(Boolean),
    found: painted
      .filter((r) => s.contains(r.startContainer))
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => r.toString()),
  }));
}

// What a reader sees as a mention: white space, soft hyphens and zero-width joiners aside.
const norm = (s: string) => s.replace(/[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff]+/g, '');

interface Counts {
  snippets: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  languages: number;
  precision: number;
  recall: number;
  byLanguage: Record<string, Counts>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Precision and recall over the whole set and per language, printed. For the blind set only
 * the counts are printed, never a snippet.
 */
export function score(browser: string, set: LabelledSet, results: SectionResult[]): Score {
  const byLanguage: Record<string, Counts> = {};
  const all: Counts = { snippets: 0, negatives: 0, tp: 0, fp: 0, fn: 0 };
  const mistakes: string[] = [];
  for (const r of results) {
    byLanguage[r.lang] ??= { snippets: 0, negatives: 0, tp: 0, fp: 0, fn: 0 };
    const lang = byLanguage[r.lang] as Counts;
    for (const c of [lang, all]) {
      c.snippets++;
      if (r.expected.length === 0) c.negatives++;
    }
    const left = r.expected.map(norm);
    for (const f of r.found.map(norm)) {
      const i = left.indexOf(f);
      const key = i >= 0 ? 'tp' : 'fp';
      if (i >= 0) left.splice(i, 1);
      else mistakes.push(`[${r.lang}] false positive "${f}" in: ${r.html}`);
      lang[key]++;
      all[key]++;
    }
    lang.fn += left.length;
    all.fn += left.length;
    for (const m of left) mistakes.push(`[${r.lang}] missed "${m}" in: ${r.html}`);
  }
  const s: Score = {
    ...all,
    languages: Object.keys(byLanguage).length,
    precision: ratio(all.tp, all.tp + all.fp),
    recall: ratio(all.tp, all.tp + all.fn),
    byLanguage,
  };
  const f = (x: number) => x.toFixed(3);
  console.log(
    `Detection, ${set} set, in ${browser}: ${s.snippets} snippets (${s.negatives} negatives, ` +
      `${s.languages} languages), ${s.tp + s.fn} labelled mentions. TP ${s.tp}, FP ${s.fp}, ` +
      `FN ${s.fn}. Precision ${f(s.precision)}, recall ${f(s.recall)}.`,
  );
  console.log(
    Object.entries(byLanguage)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([lang, c]) =>
          `${lang} ${f(ratio(c.tp, c.tp + c.fp))}/${f(ratio(c.tp, c.tp + c.fn))} (${c.snippets})`,
      )
      .join('; '),
  );
  if (set !== 'blind') for (const m of mistakes) console.log(`  ${m}`);
  return s;
}
