import { type BrowserContext, expect, test } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';
import { launchWithExtension } from './fixtures';
import { cardState, highlightCount, mentionPoint } from './page-helpers';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof startServer>>;

test.beforeAll(async () => {
  server = await startServer();
  context = await launchWithExtension({ hasTouch: true });
});
test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

test('touch: a tap on a mention opens the card, a tap outside closes it', async () => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/fixtures/basic.html`);
  await expect.poll(() => highlightCount(page)).toBe(3);
  const { x, y } = await mentionPoint(page, 0);
  await page.touchscreen.tap(x, y);
  await expect(page.locator('d3k2-card [role="dialog"]')).toBeVisible();
  // Opened by touch, not by keyboard: focus stays where it was.
  expect((await cardState(page)).focusInCard).toBe(false);
  await page.touchscreen.tap(900, 650);
  await expect(page.locator('d3k2-card [role="dialog"]')).toHaveCount(0);
  await page.close();
});
