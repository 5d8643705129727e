import type { Driver } from '../driver/driver';
import { expect, test } from '../driver/fixture';
import { Options } from '../driver/pages';
import { poll } from '../driver/poll';

/** The phrases not marked, as stored with the settings. */
const stored = (driver: Driver) =>
  driver.inExtension(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    const { settings } = await api.storage.local.get('settings');
    return ((settings as { ignored?: unknown } | undefined)?.ignored ?? []) as unknown[];
  }, null);

// tests/fixtures/not-here.html: "D3" twice (beside K2, in a list), "vitamin D3" once.
test.describe('"Not vitamin D3 here" stops marking a phrase on a site', () => {
  test('the button takes the highlight off at once, remembers it, and the options page gives it back', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('not-here.html', 3);
    expect(await page.highlightedTexts()).toEqual(['D3', 'vitamin D3', 'D3']);
    await page.openCard(0);
    // The card's actions are behind "Why?".
    await page.card.expand();
    await page.card.button('Not vitamin D3 here').click();

    // Both "D3" go, "vitamin D3" stays, and the card says so before it closes.
    await page.expectCount(1);
    expect(await page.highlightedTexts()).toEqual(['vitamin D3']);
    await poll(
      () => page.card.text(),
      (t) =>
        t.includes('Won’t mark “D3” on 127.0.0.1.') || t.includes("Won't mark “D3” on 127.0.0.1."),
      {
        message: 'the confirmation',
      },
    );
    expect(await page.card.button('Undo').isVisible()).toBe(true);
    await poll(() => stored(driver), [{ host: '127.0.0.1', phrase: 'D3' }], {
      message: 'the stored phrase',
    });
    await poll(() => driver.badges(), ['1'], { message: 'badges' });

    // A new load reads it from the settings.
    await page.tab.reload();
    await page.settle();
    expect(await page.highlightedTexts()).toEqual(['vitamin D3']);

    const options = await Options.open(driver);
    const list = options.tab.role('list', 'Phrases not marked');
    await poll(
      async () => (await list.text()) ?? '',
      (t) => t.includes('“D3” on 127.0.0.1'),
      {
        message: 'the list of phrases',
      },
    );
    await options.button('Mark “D3” on 127.0.0.1 again').click();
    await page.expectCount(3);
    await poll(() => stored(driver), [], { message: 'the stored phrases' });
    await poll(() => options.tab.hasText('No phrases yet.'), true, { message: 'the empty list' });
  });

  test('from the keyboard: focus moves to Undo, which marks the phrase again', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('not-here.html', 3);
    await page.openCard(0);
    await page.card.expand();
    await page.card.button('Not vitamin D3 here').press('Enter');
    await page.expectCount(1);
    // The button is gone; focus is on Undo, described by the confirmation.
    const focused = () =>
      page.tab.evaluate(() => {
        const root = document.querySelector('d3k2-card')?.shadowRoot;
        const el = root?.activeElement as HTMLElement | null | undefined;
        const by = el?.getAttribute('aria-describedby');
        return {
          name: el?.textContent ?? '',
          description: by ? (root?.getElementById(by)?.textContent ?? '') : '',
          role: by ? (root?.getElementById(by)?.getAttribute('role') ?? '') : '',
        };
      });
    await poll(async () => (await focused()).name, 'Undo', { message: 'focus on Undo' });
    expect(await focused()).toMatchObject({
      description: expect.stringContaining('“D3” on 127.0.0.1'),
      role: 'status',
    });
    await poll(() => stored(driver), [{ host: '127.0.0.1', phrase: 'D3' }], {
      message: 'the stored phrase',
    });

    await page.tab.press('Enter');
    await page.expectCount(3);
    await page.card.waitClosed();
    await poll(() => stored(driver), [], { message: 'the stored phrases' });
  });
});
