// The Playwright fixture every spec uses: one browser (chosen by the project's name) and one
// server per worker, a fresh tab per test, and the settings reset after a test changes them.
import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { startServer } from '../../../scripts/serve.mjs';
import { type BrowserName, setBrowser } from './capabilities';
import { type Driver, startDriver } from './driver';
import { MentionPage } from './pages';

interface Session {
  driver: Driver;
  origin: string;
}

export const test = base.extend<
  { driver: Driver; tab: Page; mentions: MentionPage },
  { session: Session; browserName2: BrowserName }
>({
  browserName2: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name as BrowserName;
      setBrowser(name);
      await use(name);
    },
    { scope: 'worker' },
  ],
  session: [
    async ({ browserName2 }, use) => {
      const server = await startServer();
      const driver = await startDriver(browserName2, server.origin);
      await use({ driver, origin: server.origin });
      await driver.close();
      await server.close();
    },
    { scope: 'worker' },
  ],
  driver: async ({ session }, use) => {
    await use(session.driver);
    await session.driver.closePages();
  },
  tab: async ({ driver }, use) => {
    await use(await driver.newPage());
  },
  mentions: async ({ tab, driver }, use) => {
    await use(new MentionPage(tab, driver.origin));
  },
});

export { expect } from '@playwright/test';
export { can, reason } from './capabilities';
export { poll, sleep } from './poll';
