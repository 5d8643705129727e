import { expect, test } from '@playwright/test';
import { CORPUS_FILES, collectSections, type SectionResult, score } from '../e2e/corpus';
import { useFirefox, waitFor } from './firefox';

const ff = useFirefox();

test('Firefox ESR: the labelled corpus meets the same precision and recall', async () => {
  const page = await ff.firefox.newPage();
  const results: SectionResult[] = [];
  for (const file of CORPUS_FILES) {
    await page.goto(`${ff.origin}/fixtures/corpus/${file}`);
    const scanned = () => page.evaluate(() => performance.getEntriesByName('d3k2:scan').length > 0);
    expect(await waitFor(scanned, true)).toBe(true);
    results.push(...(await page.evaluate(collectSections)));
  }
  const s = score('Firefox ESR', results);
  expect(s.precision).toBeGreaterThanOrEqual(0.98);
  expect(s.recall).toBeGreaterThanOrEqual(0.97);
  await page.close();
});
