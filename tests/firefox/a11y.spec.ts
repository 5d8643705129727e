import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { AXE_SOURCE, axeViolations } from '../e2e/axe';
import {
  cardState,
  highlightCount,
  mentionPoint,
  openOptionsPage,
  sleep,
  useFirefox,
  waitFor,
} from './firefox';

const ff = useFirefox();

async function violations(page: Page, include: string | null = null): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(axeViolations, include);
}

// The same axe-core checks as in Chromium, on Firefox's rendering of our three surfaces.
test('Firefox ESR: the card, the options page and the popup have no axe-core violations', async () => {
  const page = await ff.firefox.newPage();
  await page.goto(`${ff.origin}/fixtures/basic.html`);
  expect(await waitFor(() => highlightCount(page), 3)).toBe(3);
  const { x, y } = await mentionPoint(page, 0);
  await page.mouse.move(x, y);
  expect(await waitFor(async () => (await cardState(page)).open, true)).toBe(true);
  await sleep(300); // past the opening transition, for colour contrast
  expect(await violations(page, 'd3k2-card')).toEqual([]);

  const options = await openOptionsPage(ff.firefox, ff.origin);
  await options.waitForSelector('h1');
  expect(await violations(options)).toEqual([]);

  await page.bringToFront();
  await options.evaluate(() => location.assign('popup.html'));
  await options.waitForSelector('[role="status"]');
  await waitFor(
    () => options.$eval('[role="status"]', (el) => /\d/.test(el.textContent ?? '')),
    true,
  );
  expect(await violations(options)).toEqual([]);
  await options.close();
  await page.close();
});
