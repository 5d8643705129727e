import { expect, test } from '@playwright/test';
import { quietFor } from '../../scripts/in-page.mjs';
import {
  collectSections,
  type LabelledSet,
  type SectionResult,
  score,
  setFiles,
} from '../e2e/corpus';
import { highlightCount, useFirefox, waitFor } from './firefox';

const ff = useFirefox();

for (const set of ['corpus', 'blind'] as LabelledSet[]) {
  test(`Firefox ESR: the ${set} set meets the same precision and recall`, async () => {
    const files = setFiles(set);
    test.skip(files.length === 0, `tests/fixtures/${set} is absent`);
    // One page per language file, each waited on until the extension is done with it.
    test.setTimeout(files.length * 3_000);
    const page = await ff.firefox.newPage();
    const results: SectionResult[] = [];
    for (const file of files) {
      await page.goto(`${ff.origin}/fixtures/${set}/${file}`);
      expect(await waitFor(() => page.evaluate(quietFor, 300), true)).toBe(true);
      results.push(...(await page.evaluate(collectSections)));
    }
    const s = score('Firefox ESR', set, results);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
    await page.close();
  });
}

test('Firefox ESR: open shadow roots are scanned, nested ones and later ones too', async () => {
  const page = await ff.firefox.newPage();
  await page.goto(`${ff.origin}/fixtures/dynamic.html`);
  // The fixture's one mention sits in a shadow root present at load.
  expect(await waitFor(() => highlightCount(page), 1)).toBe(1);
  await page.evaluate(() => {
    const outer = document.createElement('x-outer');
    const inner = document.createElement('x-inner');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested: vitamin D3 with K2.</p>';
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
  });
  expect(await waitFor(() => highlightCount(page), 2)).toBe(2);
  await page.close();
});
