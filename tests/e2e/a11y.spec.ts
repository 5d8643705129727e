import type { Page } from '@playwright/test';
import { AXE_SOURCE, axeViolations } from './axe';
import { expect, test } from './fixtures';
import { highlightCount, mentionPoint } from './page-helpers';

/** axe-core's violations on the page, or under `include`, one line each. */
async function violations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(axeViolations, include ?? null);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (axe-core), ${colorScheme} colours`, () => {
    test('the popup has no violations', async ({ page, worker }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${worker.origin}/fixtures/basic.html`);
      await expect.poll(() => highlightCount(page)).toBe(3);
      const popup = await worker.context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.goto(`chrome-extension://${worker.extensionId}/popup.html`);
      await expect(popup.getByRole('status').first()).toHaveText('3 mentions on this page');
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    test('the options page has no violations', async ({ page, worker }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${worker.extensionId}/options.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('an open card has no violations', async ({ page, worker }) => {
      // Colour contrast is checked in each scheme: the card has its own dark palette.
      await page.emulateMedia({ colorScheme });
      await page.goto(`${worker.origin}/fixtures/basic.html`);
      await expect.poll(() => highlightCount(page)).toBe(3);
      const { x, y } = await mentionPoint(page, 0);
      await page.mouse.move(x, y);
      await expect(page.locator('d3k2-card [role="dialog"]')).toBeVisible();
      await page.waitForTimeout(300);
      expect(await violations(page, 'd3k2-card')).toEqual([]);
    });
  });
}
