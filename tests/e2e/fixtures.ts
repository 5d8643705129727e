import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  extensionFlags,
  requireBrowser,
} from '../../scripts/browsers.mjs';
import { CHROME_BUILD, unpackedExtensionId } from '../../scripts/launch.mjs';
import { startServer } from '../../scripts/serve.mjs';

export { CHROME_BUILD, unpackedExtensionId } from '../../scripts/launch.mjs';

export async function launchWithExtension(
  options: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    hasTouch?: boolean;
    /** A profile to keep between launches; by default a temporary one, removed on close. */
    userDataDir?: string;
    /** The browser's UI language, which chooses the extension's (`--lang`). */
    lang?: string;
  } = {},
): Promise<BrowserContext> {
  const { userDataDir = '', lang, ...contextOptions } = options;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium', 'apt-get install chromium'),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extensionFlags(CHROME_BUILD), ...(lang ? [`--lang=${lang}`] : [])],
    viewport: { width: 1000, height: 700 },
    ...(lang ? { locale: lang } : {}),
    ...contextOptions,
  });
  // Start from no tabs: the blank one a new profile opens would count as a tab in tests (the
  // popup, opened as a page, describes the last tab the user was on).
  for (const stray of context.pages()) await stray.close();
  // Nothing but our own server and the extension's pages may be reached.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:')
      return route.continue();
    return route.abort('blockedbyclient');
  });
  return context;
}

interface Worker {
  context: BrowserContext;
  origin: string;
  extensionId: string;
}

export const test = base.extend<{ page: Page }, { worker: Worker }>({
  worker: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
    async ({}, use) => {
      const server = await startServer();
      const context = await launchWithExtension();
      await use({ context, origin: server.origin, extensionId: unpackedExtensionId(CHROME_BUILD) });
      await context.close();
      await server.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ worker }, use) => {
    const page = await worker.context.newPage();
    await use(page);
    await page.close();
  },
});

/** An extension page to call WebExtension APIs from (the popup page, opened in a tab). */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

export { expect } from '@playwright/test';
