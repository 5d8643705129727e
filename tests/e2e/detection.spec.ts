import { expect, test } from '../driver/fixture';
import { collectSections, type LabelledSet, type SectionResult, score, setFiles } from './corpus';

const LABEL = { chromium: 'Chromium', firefox: 'Firefox ESR' } as const;

for (const set of ['corpus', 'blind'] as LabelledSet[]) {
  test(`the ${set} set is detected with precision and recall ≥ 0.98`, async ({
    mentionPage: page,
    driver,
  }) => {
    const files = setFiles(set);
    test.skip(files.length === 0, `tests/fixtures/${set} is absent`);
    // One page per language file, each waited on until the extension is done with it.
    test.setTimeout(files.length * 3_000);
    const results: SectionResult[] = [];
    for (const file of files) {
      await page.open(`${set}/${file}`);
      await page.settle();
      results.push(...(await page.tab.evaluate(collectSections)));
    }
    const s = score(LABEL[driver.name], set, results);
    if (set === 'corpus') {
      expect(s.snippets).toBeGreaterThanOrEqual(600);
      expect(s.negatives).toBeGreaterThanOrEqual(250);
    }
    expect(s.languages).toBeGreaterThanOrEqual(40);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
  });
}

test('designMode documents are left alone', async ({ mentionPage: page }) => {
  await page.open('design-mode.html');
  await page.settle();
  expect(await page.highlightCount()).toBe(0);
});
