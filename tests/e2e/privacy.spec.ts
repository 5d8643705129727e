import { existsSync, readdirSync } from 'node:fs';
import { SHARED_PAGES } from '../../scripts/serve.mjs';
import type { Driver } from '../driver/driver';
import { expect, test, withDriver } from '../driver/fixture';
import { MentionPage } from '../driver/pages';
import { hold } from '../driver/poll';

const FIXTURES = ['basic.html', 'dynamic.html', 'long.html', 'frames.html', 'hostile.html'];
const REAL = existsSync(SHARED_PAGES)
  ? readdirSync(SHARED_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .slice(0, 12)
  : [];

/**
 * Every request a browsing session over the pages makes, as the proxy every request goes
 * through saw it: the pages', the browser's own, and the extension's (its background
 * included), whatever the address. Our server's origin is left out of each, so that the two
 * sessions' sets compare.
 */
async function requestsOf(driver: Driver, extension: boolean): Promise<Set<string>> {
  const page = new MentionPage(driver, await driver.newTab());
  for (const path of [
    ...FIXTURES.map((f) => `/fixtures/${f}`),
    ...REAL.map((f) => `/pages/${f}`),
  ]) {
    await page.tab.goto(`${driver.origin}${path}`);
    if (extension) await page.settle();
    if ((await page.highlightCount()) > 0) {
      // Open a card too: it must not load anything either.
      await page.openCard(0);
    }
    // Both sessions wait alike for what the page (and we) load late: a page's icons are
    // asked for after its load event, and once a session moved on before they were.
    await driver.networkQuiet(800);
  }
  return new Set(driver.requests().map((r) => `${r.method} ${r.url.replace(driver.origin, '')}`));
}

test('the extension makes no request of its own', async ({ server }) => {
  test.setTimeout(120_000);
  // Two browsers, each with a proxy of its own, side by side.
  const [without, withIt] = await Promise.all([
    withDriver(server.origin, { extension: false }, (d) => requestsOf(d, false)),
    withDriver(server.origin, {}, (d) => requestsOf(d, true)),
  ]);
  // Chromium's own extension updater asks Google about the installed extensions now and then
  // (an Omaha request, signed with `cup2key`): the browser's, with or without our code, and
  // refused by the proxy. Ours has no update_url and asks nothing.
  const browsersOwn = /^POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?cup2key=/;
  const added = [...withIt].filter((url) => !without.has(url) && !browsersOwn.test(url));
  const elsewhere = [...withIt].filter((r) => !/^\S+ \//.test(r)).length;
  console.log(
    `Privacy: ${withIt.size} requests with the extension (${elsewhere} of them for other ` +
      `machines, refused by the proxy), ${without.size} without; ${added.length} only with it.`,
  );
  expect(added).toEqual([]);
  // The proxy saw this machine's own traffic too: nothing went round it.
  expect(without).toContain('GET /fixtures/basic.html');
  expect(withIt).toContain('GET /fixtures/basic.html');
});

test('the page hears no message from the extension, with its card open', async ({
  mentionPage: page,
}) => {
  await page.load('message-listener.html', 1);
  await page.openCard(0);
  await hold(300); // a message posted on opening would have arrived by now
  expect(await page.tab.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(
    [],
  );
});
