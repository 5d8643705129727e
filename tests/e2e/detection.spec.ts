import { CORPUS_FILES, collectSections, type SectionResult, score } from './corpus';
import { expect, test } from './fixtures';
import { waitForScan } from './page-helpers';

test('the labelled corpus is detected with precision ≥ 0.98 and recall ≥ 0.97', async ({
  page,
  worker,
}) => {
  const results: SectionResult[] = [];
  for (const file of CORPUS_FILES) {
    await page.goto(`${worker.origin}/fixtures/corpus/${file}`);
    await waitForScan(page);
    results.push(...(await page.evaluate(collectSections)));
  }
  const s = score('Chromium', results);
  expect(s.snippets).toBeGreaterThanOrEqual(150);
  expect(s.negatives).toBeGreaterThanOrEqual(60);
  expect(s.languages).toBeGreaterThanOrEqual(7);
  expect(s.precision).toBeGreaterThanOrEqual(0.98);
  expect(s.recall).toBeGreaterThanOrEqual(0.97);
});

test('designMode documents are left alone', async ({ page, worker }) => {
  await page.goto(`${worker.origin}/fixtures/design-mode.html`);
  await waitForScan(page);
  expect(await page.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0)).toBe(0);
});
