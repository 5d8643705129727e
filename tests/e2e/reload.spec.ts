import { expect, test } from '@playwright/test';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, requireBrowser } from '../../scripts/browsers.mjs';
import { cardState, mentionCentre, paintedCount } from '../../scripts/in-page.mjs';
import { CHROME_BUILD } from '../../scripts/launch.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { waitFor } from './poll';

const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('d3k2-card').length);
const isOpen = async (page: Page) => (await page.evaluate(cardState)).open;

// Chrome leaves the old content script running, cut off, when the extension is reloaded or
// updated, and injects the new one only into pages loaded afterwards. The orphan must stop
// cleanly at the first event it would handle; a reloaded page has one of everything.
// Puppeteer, not Playwright: installing the same folder again over CDP is how a test can
// reload an extension (Playwright's persistent context cannot, and chrome.runtime.reload()
// leaves a command-line extension disabled).
test('after the extension is reloaded, the old instance stops cleanly and a reload recovers', async () => {
  const server = await startServer();
  const browser = await puppeteer.launch({
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium', 'apt-get install chromium'),
    headless: true,
    pipe: true,
    enableExtensions: true,
    // Nothing but this machine is reachable: everything else goes to a dead proxy.
    args: [...CHROMIUM_FLAGS, '--proxy-server=127.0.0.1:9'],
  });
  try {
    await browser.installExtension(CHROME_BUILD);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/fixtures/basic.html`);
    expect(await waitFor(() => page.evaluate(paintedCount), 3)).toBe(3);
    const { x, y } = await page.evaluate(mentionCentre, [0, 'center'] as [number, 'center']);
    await page.mouse.move(x, y);
    expect(await waitFor(() => isOpen(page), true)).toBe(true);

    // Installed again from the same folder: the same id, a new instance, as on an update.
    await browser.installExtension(CHROME_BUILD);

    // The orphan notices on the next pointer event: highlights, card and host go.
    const afterNudge = async () => {
      await page.mouse.move(x + 1, y);
      await page.mouse.move(x, y);
      return page.evaluate(paintedCount);
    };
    expect(await waitFor(afterNudge, 0)).toBe(0);
    expect(await hosts(page)).toBe(0);

    // A reload brings the new instance: three highlights and one card.
    await page.reload();
    expect(await waitFor(() => page.evaluate(paintedCount), 3)).toBe(3);
    await page.mouse.move(5, 5);
    await page.mouse.move(x, y);
    expect(await waitFor(() => isOpen(page), true)).toBe(true);
    expect(await hosts(page)).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
