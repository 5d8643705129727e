import { type BrowserContext, test as base, type Page } from '@playwright/test';
import { CHROME_BUILD, launchChromium, unpackedExtensionId } from '../../scripts/launch.mjs';
import { startServer } from '../../scripts/serve.mjs';

export { CHROME_BUILD, unpackedExtensionId } from '../../scripts/launch.mjs';

/** Chromium with the built extension, as every spec starts it: 1000×700, no stray tab. */
export async function launchWithExtension(
  options: Parameters<typeof launchChromium>[0] = {},
): Promise<BrowserContext> {
  const context = await launchChromium({ viewport: { width: 1000, height: 700 }, ...options });
  // Start from no tabs: the blank one a new profile opens would count as a tab in tests (the
  // popup, opened as a page, describes the last tab the user was on).
  for (const stray of context.pages()) await stray.close();
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

/** Clears the extension's storage: settings back to their defaults, for the next test. */
export async function resetStorage(context: BrowserContext, extensionId: string): Promise<void> {
  const probe = await extensionPage(context, extensionId);
  await probe.evaluate(() => chrome.storage.local.clear());
  await probe.close();
}

export { expect } from '@playwright/test';
