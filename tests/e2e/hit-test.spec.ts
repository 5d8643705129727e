import { bundleForPage } from './bundle';
import { expect, test } from './fixtures';
import { HIT_TEST_EXPECTED, probeHitTesting } from './hit-test-probe';

// Both browsers here have CSS.highlights.highlightsFromPoint, so the caret fallback (for
// browsers without it) is exercised by hiding the method in the page's own world.
test('hit testing: with highlightsFromPoint and with the caret fallback', async ({
  page,
  worker,
}) => {
  await page.goto(`${worker.origin}/fixtures/hit-test.html`);
  await page.addScriptTag({ content: await bundleForPage('content/hit-test.ts', 'HitTest') });
  const result = await page.evaluate(probeHitTesting);
  expect(result.wrappedBoxes).toBeGreaterThan(1);
  expect(result.native).toEqual(HIT_TEST_EXPECTED);
  expect(result.fallback).toEqual(HIT_TEST_EXPECTED);
});
