import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { AXE_SOURCE, axeViolations } from '../e2e/axe';
import { hoverFirstMention, openOptionsPage, sleep, useFirefox, waitFor } from './firefox';

const ff = useFirefox();

async function violations(page: Page, include: string | null = null): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(axeViolations, include);
}

// The same axe-core checks as in Chromium, on Firefox's rendering of our three surfaces.
test('Firefox ESR: the card, the options page and the popup have no axe-core violations', async () => {
  const page = await ff.firefox.newPage();
  const first = await hoverFirstMention(page, ff.origin);
  expect(first.painted).toBe(3);
  expect(first.open).toBe(true);
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
