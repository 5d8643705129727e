import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/serve.mjs';

/** The labelled detection corpus: sections whose data-expect lists their mentions. */
export const CORPUS_FILES = readdirSync(path.join(ROOT, 'tests/fixtures/corpus')).filter((f) =>
  f.endsWith('.html'),
);

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
    lang: document.documentElement.lang,
    html: s.innerHTML.trim().replace(/\s+/g, ' ').slice(0, 140),
    expected: (s.dataset.expect ?? '').split('|').filter(Boolean),
    found: painted
      .filter((r) => s.contains(r.startContainer))
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => r.toString()),
  }));
}

// Whitespace is not part of what a reader sees as a mention ("vitamin<br>D3").
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, '');
const MULTI = ['ru', 'cs', 'sv', 'ja', 'zh', 'ko']; // the languages of other.html

export function score(browser: string, results: SectionResult[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: string[] = [];
  for (const r of results) {
    const left = r.expected.map(norm);
    for (const f of r.found.map(norm)) {
      const i = left.indexOf(f);
      if (i >= 0) {
        left.splice(i, 1);
        tp++;
      } else {
        fp++;
        mistakes.push(`false positive "${f}" in: ${r.html}`);
      }
    }
    fn += left.length;
    for (const m of left) mistakes.push(`missed "${m}" in: ${r.html}`);
  }
  const negatives = results.filter((r) => r.expected.length === 0).length;
  const languages = new Set(results.flatMap((r) => (r.lang === 'mul' ? MULTI : [r.lang]))).size;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(
    `Detection corpus in ${browser}: ${results.length} snippets (${negatives} negatives, ` +
      `${languages} languages), ${tp + fn} labelled mentions. TP ${tp}, FP ${fp}, FN ${fn}. ` +
      `Precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}.`,
  );
  for (const m of mistakes) console.log(`  ${m}`);
  return { snippets: results.length, negatives, languages, precision, recall };
}
