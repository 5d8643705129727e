import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { launchChromium } from '../../scripts/launch.mjs';
import { SHARED_PAGES, startServer } from '../../scripts/serve.mjs';
import { expect, test } from './fixtures';
import { highlightCount, mentionPoint } from './page-helpers';

const FIXTURES = ['basic.html', 'dynamic.html', 'long.html', 'frames.html', 'hostile.html'];
const REAL = existsSync(SHARED_PAGES)
  ? readdirSync(SHARED_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .slice(0, 12)
  : [];

/** Every request a browsing session over the pages makes, web and extension alike. */
async function requestsOf(context: BrowserContext, origin: string): Promise<Set<string>> {
  const seen = new Set<string>();
  context.on('request', (request) => {
    // Our own server's pages and the extension's own files are the session's, not traffic.
    const url = new URL(request.url());
    if (!(url.protocol === 'chrome-extension:')) seen.add(request.url().replace(origin, ''));
  });
  const page = await context.newPage();
  for (const path of [
    ...FIXTURES.map((f) => `/fixtures/${f}`),
    ...REAL.map((f) => `/pages/${f}`),
  ]) {
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    if ((await highlightCount(page)) > 0) {
      // Open a card too: it must not load anything either.
      const { x, y } = await mentionPoint(page, 0);
      await page.mouse.move(x, y);
      await page.waitForTimeout(500);
    }
  }
  await context.close();
  return seen;
}

test('the extension makes no request of its own', async () => {
  test.setTimeout(120_000);
  const server = await startServer();
  try {
    const without = await requestsOf(await launchChromium({ extension: false }), server.origin);
    const withIt = await requestsOf(await launchChromium(), server.origin);
    const added = [...withIt].filter((url) => !without.has(url));
    console.log(
      `Privacy: ${withIt.size} requests with the extension, ${without.size} without; ${added.length} only with it.`,
    );
    expect(added).toEqual([]);
  } finally {
    await server.close();
  }
});

// The page hears no message from the extension: in slice.spec.ts, in both browsers.
