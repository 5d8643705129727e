// The Playwright fixture every spec uses. Per worker: one test server, and the project's
// browser (`chromium` or `firefox`) with the extension, started when a test first needs it
// and kept for the next. Per test: the `driver` (after the test, its tabs are closed, its
// routes gone, the settings back to their defaults) and a fresh tab as a MentionPage.
// `test.use({ launchWith: { colorScheme: 'dark' } })` asks for a browser started otherwise;
// the worker starts one beside the usual one, and keeps it until another is asked for.
import { test as base } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';
import { currentBrowser } from './capabilities';
import { type BrowserName, Driver, type LaunchOptions } from './driver';
import { enterGate, leaveGateDirectory } from './gate';
import { MentionPage } from './pages';

/** The worker's browsers: the usual one, and at most one started with other options. */
class Browsers {
  private usual: Promise<Driver> | undefined;
  private other: { key: string; driver: Promise<Driver> } | undefined;

  constructor(
    private readonly name: BrowserName,
    private readonly origin: string,
  ) {}

  async get(options: LaunchOptions): Promise<Driver> {
    const key = JSON.stringify(options);
    if (key === '{}') {
      this.usual ??= Driver.start(this.name, this.origin);
      return this.usual;
    }
    if (this.other?.key !== key) {
      await this.closeOther();
      this.other = { key, driver: Driver.start(this.name, this.origin, options) };
    }
    return this.other.driver;
  }

  private async closeOther(): Promise<void> {
    const other = this.other;
    this.other = undefined;
    if (other) await (await other.driver.catch(() => null))?.close();
  }

  async close(): Promise<void> {
    await this.closeOther();
    await (await this.usual?.catch(() => null))?.close();
  }
}

interface WorkerFixtures {
  server: { origin: string };
  browsers: Browsers;
}

interface TestFixtures {
  /** Held for the whole test: alone for a test tagged @timing (see ./gate.ts). */
  gate: undefined;
  /** How this test's browser is started (by default, as every test's is). */
  launchWith: LaunchOptions;
  driver: Driver;
  /** The test's tab, as a page with mentions (specs name it `page`: `{ mentionPage: page }`). */
  mentionPage: MentionPage;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
      leaveGateDirectory();
    },
    { scope: 'worker' },
  ],
  gate: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
    async ({}, use, testInfo) => {
      const leave = await enterGate(testInfo.tags.includes('@timing'));
      try {
        await use(undefined);
      } finally {
        leave();
      }
    },
    // Waiting for the other worker is the fixture's time, not the test's.
    { auto: true, timeout: 200_000 },
  ],
  browsers: [
    async ({ browserName, server }, use) => {
      const browsers = new Browsers(browserName as BrowserName, server.origin);
      await use(browsers);
      await browsers.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  launchWith: [{}, { option: true }],
  driver: [
    async ({ gate, browsers, launchWith }, use) => {
      void gate;
      const driver = await browsers.get(launchWith);
      await use(driver);
      await driver.cleanUp();
    },
    // Starting a browser is the fixture's time, not the test's.
    { timeout: 60_000 },
  ],
  mentionPage: async ({ driver }, use) => {
    await use(new MentionPage(driver, await driver.newTab()));
  },
});

/**
 * A browser of the running test's kind, started for this test alone (a kept profile, no
 * extension, an extension installed twice), closed when `fn` is done.
 */
export async function withDriver<T>(
  origin: string,
  options: LaunchOptions,
  fn: (driver: Driver) => Promise<T>,
): Promise<T> {
  // As for the worker's browser: starting one is not the test's time. On a loaded 2-core
  // machine Firefox took 22 s to start, most of a 30 s test's budget.
  const started = Date.now();
  const driver = await Driver.start(currentBrowser(), origin, options);
  const info = base.info();
  info.setTimeout(info.timeout + (Date.now() - started));
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

export { expect } from '@playwright/test';
