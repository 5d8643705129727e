import { expect, test } from '../driver/fixture';
import { bundleForPage } from './bundle';
import { HIT_TEST_EXPECTED, probeHitTesting } from './hit-test-probe';

// Each path is exercised alone by hiding the others in the page's own world. Both browsers
// have the caret methods; CSS.highlights.highlightsFromPoint came to Firefox after 140 ESR,
// and where it is missing the extension uses the caret alone (`native` shows it does).
test('hit testing: by caret position, by highlightsFromPoint, and both, shadow trees too', async ({
  mentionPage: page,
}) => {
  await page.open('hit-test.html');
  await page.tab.addScript(await bundleForPage('content/hit-test.ts', 'HitTest'));
  const result = await page.tab.evaluate(probeHitTesting);
  expect(result.wrappedBoxes).toBeGreaterThan(1);
  expect(result.native).toEqual(HIT_TEST_EXPECTED);
  expect(result.caretOnly).toEqual(HIT_TEST_EXPECTED);
  const hasHighlightsFromPoint = await page.tab.evaluate(
    () => typeof (CSS.highlights as { highlightsFromPoint?: unknown }).highlightsFromPoint,
  );
  if (hasHighlightsFromPoint === 'function') {
    expect(result.highlightsOnly).toEqual(HIT_TEST_EXPECTED);
  }
});
