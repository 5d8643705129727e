import { expect, test } from './fixtures';
import { highlightCount, highlightedTexts, mentionPoint } from './page-helpers';

const ARTICLE =
  'https://forheartstrong.com/en-um/blogs/news/why-combining-d3-k2-is-better-than-taking-d3-alone';

test.describe('the first slice in Chromium', () => {
  test('mentions are painted under d3k2-mention, and the DOM is untouched', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/basic.html`);
    const before = await page.evaluate(() => document.body.innerHTML);
    await expect.poll(() => highlightCount(page)).toBe(3);
    expect(await highlightedTexts(page)).toEqual(['vitamin D3', 'Vitamin D3', 'VITAMIN D3']);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => m.name),
    );
    expect(measures).toContain('d3k2:scan');
  });

  test('hover opens the card with the article link; leaving closes it', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/basic.html`);
    await expect.poll(() => highlightCount(page)).toBe(3);
    const dialog = page.locator('d3k2-card [role="dialog"]');
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.move(x, y);
    await expect(dialog).toBeVisible();
    const link = dialog.getByRole('link', { name: 'Read the full article' });
    await expect(link).toHaveAttribute('href', ARTICLE);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(dialog).toHaveAccessibleName('Vitamin D3 works best with K2');

    await page.mouse.move(5, 5);
    await expect(dialog).toHaveCount(0);
  });

  test('a fly-over does not open the card', async ({ page, worker }) => {
    await page.goto(`${worker.origin}/fixtures/basic.html`);
    await expect.poll(() => highlightCount(page)).toBe(3);
    const { x, y } = await mentionPoint(page, 0);
    await page.mouse.move(x, y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    await expect(page.locator('d3k2-card [role="dialog"]')).toHaveCount(0);
  });

  test('Escape closes the card', async ({ page, worker }) => {
    await page.goto(`${worker.origin}/fixtures/basic.html`);
    await expect.poll(() => highlightCount(page)).toBe(3);
    const { x, y } = await mentionPoint(page, 1);
    await page.mouse.move(x, y);
    const dialog = page.locator('d3k2-card [role="dialog"]');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('turning the option off clears an open tab, and on restores it', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/basic.html`);
    await expect.poll(() => highlightCount(page)).toBe(3);

    const options = await worker.context.newPage();
    await options.goto(`chrome-extension://${worker.extensionId}/options.html`);
    const toggle = options.getByRole('switch', { name: 'Highlight mentions on pages' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await toggle.check();
    await expect.poll(() => highlightCount(page)).toBe(3);
    await options.close();
  });

  test('the popup renders with its links', async ({ page, worker }) => {
    await page.goto(`chrome-extension://${worker.extensionId}/popup.html`);
    const link = page.getByRole('link', { name: 'Read the full article' });
    await expect(link).toHaveAttribute('href', ARTICLE);
    await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  });
});
