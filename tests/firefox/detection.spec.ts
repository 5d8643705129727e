import { expect, test } from '@playwright/test';
import { quietFor } from '../../scripts/in-page.mjs';
import { CORPUS_FILES, collectSections, type SectionResult, score } from '../e2e/corpus';
import { highlightCount, useFirefox, waitFor } from './firefox';

const ff = useFirefox();

test('Firefox ESR: the labelled corpus meets the same precision and recall', async () => {
  const page = await ff.firefox.newPage();
  const results: SectionResult[] = [];
  for (const file of CORPUS_FILES) {
    await page.goto(`${ff.origin}/fixtures/corpus/${file}`);
    expect(await waitFor(() => page.evaluate(quietFor, 300), true)).toBe(true);
    results.push(...(await page.evaluate(collectSections)));
  }
  const s = score('Firefox ESR', results);
  expect(s.precision).toBeGreaterThanOrEqual(0.98);
  expect(s.recall).toBeGreaterThanOrEqual(0.97);
  await page.close();
});

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
