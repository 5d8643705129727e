import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DOSE_REACH, doseBeside } from './dose';
import type { Dose } from './dose-units';

// The dose line, measured on cases nobody tuning the parser reads: written by a session that
// saw only the product's rules (tests/fixtures/blind-dose/README.md). Only counts are printed.
// The card must say nothing when in doubt, so precision is held higher than recall.

interface Case {
  lang: string;
  text: string;
  expect: Dose | null;
}

const FILE = path.join(import.meta.dirname, '../tests/fixtures/blind-dose/cases.json');
const cases = JSON.parse(readFileSync(FILE, 'utf8')) as Case[];

test('the dose beside a mention, on the blind set: precision ≥ 0.95, recall ≥ 0.75', () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrongBy = new Map<string, number>();
  for (const c of cases) {
    const open = c.text.indexOf('[[');
    const close = c.text.indexOf(']]');
    const before = c.text.slice(0, open).slice(-DOSE_REACH);
    const after = c.text.slice(close + 2).slice(0, DOSE_REACH);
    const got = doseBeside(before, after);
    const same =
      got !== undefined &&
      c.expect !== null &&
      Math.abs(got.amount - c.expect.amount) < 1e-9 &&
      got.unit === c.expect.unit;
    if (same) tp++;
    else if (got !== undefined || c.expect !== null) {
      if (got) fp++;
      if (c.expect) fn++;
      wrongBy.set(c.lang, (wrongBy.get(c.lang) ?? 0) + 1);
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  // biome-ignore lint/suspicious/noConsole: the figure is what this test is for, as in tests/e2e.
  console.log(
    `Blind dose set: ${cases.length} cases, ${cases.filter((c) => c.expect).length} with a dose. ` +
      `TP ${tp}, FP ${fp}, FN ${fn}. Precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}. ` +
      `Cases wrong per language: ${[...wrongBy].map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}.`,
  );
  expect(precision).toBeGreaterThanOrEqual(0.95);
  expect(recall).toBeGreaterThanOrEqual(0.75);
});
