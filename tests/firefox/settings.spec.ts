import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { highlightCount, openOptionsPage, sleep, useFirefox, waitFor } from './firefox';

const ff = useFirefox();

/** The badge text of every tab that is not an extension page, read from an extension page. */
const badges = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const tabs = (await browser.tabs.query({})).filter(
      (t) => !(t.url ?? '').startsWith(location.origin),
    );
    return Promise.all(tabs.map((t) => browser.browserAction.getBadgeText({ tabId: t.id })));
  });

test('Firefox ESR: the per-site switch clears the tab at once and holds across a reload', async () => {
  const page = await ff.firefox.newPage();
  await page.goto(`${ff.origin}/fixtures/basic.html`);
  expect(await waitFor(() => highlightCount(page), 3)).toBe(3);

  // The popup, opened in a tab, describes the tab the user came from.
  const popup = await openOptionsPage(ff.firefox, ff.origin);
  await page.bringToFront();
  await popup.evaluate(() => location.assign('popup.html'));
  await popup.waitForSelector('input[role="switch"]');
  const status = () => popup.$eval('[role="status"]', (el) => el.textContent);
  expect(await waitFor(status, '3 mentions on this page')).toBe('3 mentions on this page');

  await popup.click('input[role="switch"]'); // the first switch: this site
  expect(await waitFor(status, 'Off on this site')).toBe('Off on this site');
  expect(await waitFor(() => highlightCount(page), 0)).toBe(0);
  await page.reload();
  await sleep(1000);
  expect(await highlightCount(page)).toBe(0);

  await popup.click('input[role="switch"]');
  expect(await waitFor(() => highlightCount(page), 3)).toBe(3);
  await popup.close();
  await page.close();
});

test('Firefox ESR: the badge shows the count and clears on navigation', async () => {
  const options = await openOptionsPage(ff.firefox, ff.origin);
  const page = await ff.firefox.newPage();
  await page.goto(`${ff.origin}/fixtures/long.html`);
  expect(await waitFor(() => highlightCount(page), 2)).toBe(2);
  const hasBadge = async (text: string) => (await badges(options)).includes(text);
  expect(await waitFor(() => hasBadge('2'), true)).toBe(true);

  await page.goto(`${ff.origin}/fixtures/no-mentions.html`);
  expect(await waitFor(() => hasBadge('2'), false)).toBe(false);
  await options.close();
  await page.close();
});
