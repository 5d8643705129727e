import type { Page } from '@playwright/test';
import { expect, resetStorage, test } from './fixtures';
import { highlightCount } from './page-helpers';

/** What has focus, as a reader of the page would name it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? '';
    const kind =
      el.getAttribute('role') ?? (el instanceof HTMLInputElement ? el.type : el.localName);
    return `${kind}: ${(label || el.textContent || '').trim()}`;
  });

/** Tabs through the page once, from the top, and lists every stop. */
async function tabStops(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop === '' || stops.includes(stop)) break;
    stops.push(stop);
  }
  return stops;
}

test.describe('everything works from the keyboard alone', () => {
  // The worker's browser is shared with other files: leave the settings as they were found.
  test.afterEach(async ({ worker }) => {
    await resetStorage(worker.context, worker.extensionId);
    for (const open of worker.context.pages()) await open.close();
  });

  test('the popup: every control is a tab stop, and Space pauses and resumes', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/basic.html`);
    await expect.poll(() => highlightCount(page)).toBe(3);
    const popup = await worker.context.newPage();
    await popup.goto(`chrome-extension://${worker.extensionId}/popup.html`);
    await expect(popup.getByRole('status').first()).toHaveText('3 mentions on this page');

    const stops = await tabStops(popup);
    expect(stops).toEqual([
      'switch: On 127.0.0.1',
      'switch: On all sites',
      expect.stringMatching(/^button: /),
      expect.stringMatching(/^button: /),
      expect.stringMatching(/^button: /),
      'a: Read the full article',
      'a: Settings',
    ]);

    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Space');
    await expect(popup.getByRole('status').first()).toHaveText('Paused everywhere');
    await expect.poll(() => highlightCount(page)).toBe(0);
    await popup.keyboard.press('Space');
    await expect.poll(() => highlightCount(page)).toBe(3);
  });

  test('the options page: settings change, and sites are added and removed, by keyboard', async ({
    page,
    worker,
  }) => {
    await page.goto(`chrome-extension://${worker.extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const stops = await tabStops(page);
    // Each radio group is one stop (arrow keys move inside it), as the platform does it.
    expect(stops).toEqual([
      'switch: Highlight mentions on pages',
      'switch: Show the count on the toolbar icon',
      'radio: Dotted underline',
      'radio: Every mention',
      expect.stringMatching(/^number: Most highlights on one page/),
      'radio: When the pointer rests on a mention',
      expect.stringMatching(/^number: Hover delay/),
      expect.stringMatching(/^text: Site/),
      'checkbox: Include subdomains',
      'button: Add',
      'button: Reset all settings to their defaults',
    ]);

    // Arrow keys choose within a group: the background tint.
    await page.getByRole('radio', { name: 'Dotted underline' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Background tint' })).toBeChecked();

    // A site typed and sent with Enter, then removed with its own button.
    await page.getByRole('textbox', { name: 'Site' }).focus();
    await page.keyboard.type('example.com');
    await page.keyboard.press('Enter');
    const remove = page.getByRole('button', { name: 'Remove example.com' });
    await expect(remove).toBeVisible();
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(remove).toHaveCount(0);

    // Reset, by keyboard, puts the underline back.
    await page.getByRole('button', { name: 'Reset all settings to their defaults' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('radio', { name: 'Dotted underline' })).toBeChecked();
  });
});
