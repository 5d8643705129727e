import { expect, test } from '../driver/fixture';
import { bundleForPage } from './bundle';
import { fuzzLiveEngine } from './fuzz-probe';

// The live engine, bundled into a blank page (where the extension does not run, so only this
// engine paints), against hundreds of rounds of random edits. FUZZ_SEED replays a failure.
const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [1, 2, 3];

for (const seed of SEEDS) {
  test(`fuzz: random edits while scanning, seed ${seed}`, async ({ mentionPage: page }) => {
    test.setTimeout(60_000);
    await page.tab.goto('about:blank');
    await page.tab.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.tab.addScript(await bundleForPage('content/live-mentions.ts', 'Live'));
    await page.tab.addScript(await bundleForPage('content/matcher.ts', 'Matcher'));
    const result = await page.tab.evaluate(fuzzLiveEngine, [seed, 300] as [number, number]);
    console.log(
      `Fuzz seed ${seed}: ${result.checks} checks, ${result.painted} painted ranges checked`,
    );
    expect(result.errors).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.painted).toBeGreaterThan(0);
  });
}
