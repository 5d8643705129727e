import { expect, test } from '../driver/fixture';
import { bundleForPage } from './bundle';
import { HIT_TEST_EXPECTED, probeHitTesting } from './hit-test-probe';

// Both browsers have the caret methods and CSS.highlights.highlightsFromPoint; each path is
// exercised alone by hiding the others in the page's own world.
test('hit testing: by caret position, by highlightsFromPoint, and both, shadow trees too', async ({
  mentionPage: page,
}) => {
  await page.open('hit-test.html');
  await page.tab.addScript(await bundleForPage('content/hit-test.ts', 'HitTest'));
  const result = await page.tab.evaluate(probeHitTesting);
  expect(result.wrappedBoxes).toBeGreaterThan(1);
  expect(result.native).toEqual(HIT_TEST_EXPECTED);
  expect(result.caretOnly).toEqual(HIT_TEST_EXPECTED);
  expect(result.highlightsOnly).toEqual(HIT_TEST_EXPECTED);
});
