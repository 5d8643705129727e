import { paintedExactly } from '../../scripts/in-page.mjs';
import { can } from '../driver/capabilities';
import { expect, test } from '../driver/fixture';

// Long sessions stay flat: a page that never reloads, stepped many times, and what the tab
// holds read after forced garbage collection (capability `heapCounters`) once the extension
// has warmed up and again at the end. The pages keep their own DOM bounded (a feed of at most
// 200 posts, one article at a time), so what grows between the two is ours. `npm run soak`
// runs 500 steps of each and prints the figures (BENCHMARKS.md).

declare global {
  interface Window {
    step(n: number): number;
    navigate(n: number): number;
  }
}

const STEPS = 250;
/** The first reading, once the engine is up and the page has reached its steady size. */
const WARM = 50;
/**
 * Growth counted as noise between two readings of one tab, in KB. Over 600 steps (`npm run
 * soak`) the readings wander without a trend by up to about 120 KB of JS heap (V8 optimising
 * more code as it runs) and 250 KB of Blink's; before our measures were bounded, the feed's
 * Blink heap grew by 2.7 KB a step, 540 KB over these 200.
 */
const JS_NOISE_KB = 150;
const BLINK_NOISE_KB = 400;

const SCENARIOS = [
  { name: 'an endless feed', fixture: 'soak-feed.html', call: 'step' },
  { name: 'a single-page app navigating', fixture: 'soak-spa.html', call: 'navigate' },
] as const;

for (const { name, fixture, call } of SCENARIOS) {
  test(`${name} ${STEPS} times: highlights right throughout, heap and listeners flat`, async ({
    mentionPage: page,
  }) => {
    test.setTimeout(240_000);
    await page.open(fixture);
    await page.settle();
    const readings: { step: number; js?: number; blink?: number; listeners?: number }[] = [];
    for (let n = 1; n <= STEPS; n++) {
      const mentions = await page.tab.evaluate(([f, k]) => window[f](k), [call, n] as const);
      await page.tab.waitFor(paintedExactly, mentions);
      if (n === WARM || n === STEPS) {
        await page.settle();
        expect(await page.tab.evaluate(paintedExactly, mentions)).toBe(true);
        readings.push({ step: n, ...(can('heapCounters') ? await page.tab.memory() : {}) });
      }
    }
    console.log(`${name}: ${JSON.stringify(readings)}`);
    const [warm, last] = readings;
    if (!can('heapCounters') || !warm || !last) return;
    expect(last.listeners).toBe(warm.listeners);
    expect(Number(last.js) - Number(warm.js)).toBeLessThan(JS_NOISE_KB);
    expect(Number(last.blink) - Number(warm.blink)).toBeLessThan(BLINK_NOISE_KB);
  });
}
