import { collectSections, type LabelledSet, type SectionResult, score, setFiles } from './corpus';
import { expect, test } from './fixtures';
import { waitForScan } from './page-helpers';

for (const set of ['corpus', 'blind'] as LabelledSet[]) {
  test(`the ${set} set is detected with precision and recall ≥ 0.98`, async ({ page, worker }) => {
    const files = setFiles(set);
    test.skip(files.length === 0, `tests/fixtures/${set} is absent`);
    // One page per language file, each waited on until the extension is done with it.
    test.setTimeout(files.length * 3_000);
    const results: SectionResult[] = [];
    for (const file of files) {
      await page.goto(`${worker.origin}/fixtures/${set}/${file}`);
      await waitForScan(page);
      results.push(...(await page.evaluate(collectSections)));
    }
    const s = score('Chromium', set, results);
    if (set === 'corpus') {
      expect(s.snippets).toBeGreaterThanOrEqual(600);
      expect(s.negatives).toBeGreaterThanOrEqual(250);
    }
    expect(s.languages).toBeGreaterThanOrEqual(40);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
  });
}

test('designMode documents are left alone', async ({ page, worker }) => {
  await page.goto(`${worker.origin}/fixtures/design-mode.html`);
  await waitForScan(page);
  expect(await page.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0)).toBe(0);
});
