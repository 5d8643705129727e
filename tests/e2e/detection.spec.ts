import { collectSections, type LabelledSet, type SectionResult, score, setFiles } from './corpus';
import { expect, test } from './driver/fixture';

const LABEL = { chromium: 'Chromium', firefox: 'Firefox ESR' } as const;

for (const set of ['corpus', 'blind'] as LabelledSet[]) {
  test(`the ${set} set is detected with precision and recall ≥ 0.98`, async ({
    mentions,
    driver,
  }) => {
    const files = setFiles(set);
    test.skip(files.length === 0, `tests/fixtures/${set} is absent`);
    // One page per language file, each waited on until the extension is done with it.
    test.setTimeout(files.length * 3_000);
    const results: SectionResult[] = [];
    for (const file of files) {
      await mentions.load(`${set}/${file}`);
      results.push(...(await mentions.page.evaluate(collectSections)));
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

test('designMode documents are left alone', async ({ mentions }) => {
  await mentions.load('design-mode.html');
  expect(await mentions.count()).toBe(0);
});
