import { expect, test } from '../driver/fixture';
import { Popup } from '../driver/pages';
import { poll } from '../driver/poll';

// What the popup and the badge say is what the page has: every mention counted (up to 1,000),
// the highlighted ones listed, and every frame's mentions the tab's.
test.describe('honest counts', () => {
  test('"only the first": 12 mentions, 1 highlighted', async ({ mentionPage: page, driver }) => {
    await driver.setStorage({ settings: { which: 'first' } });
    await page.load('many.html?n=12', 1);
    await poll(() => driver.badges(), ['1+'], { message: 'badges' });
    const popup = await Popup.open(driver);
    await popup.expectStatus('12 mentions · 1 highlighted');
    await poll(() => popup.mentions().count(), 1, { message: 'mentions listed' });
  });

  test('past the cap on highlights, and past what is counted', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('many.html', 200);
    await poll(() => driver.badges(), ['200+'], { message: 'badges' });
    const popup = await Popup.open(driver);
    await popup.expectStatus('200+ mentions · 200 highlighted');
    await poll(() => popup.mentions().count(), 200, { message: 'mentions listed' });
  });

  test('mentions in frames, same-origin and cross-origin, are the tab’s', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('frames-cross.html', 1);
    await poll(() => driver.badges(), ['7'], { message: 'badges', timeout: 15_000 });
    const popup = await Popup.open(driver);
    await popup.expectStatus('7 mentions on this page');
    const items = popup.mentions();
    await poll(() => items.count(), 7, { message: 'mentions listed' });
    expect(await items.nth(0).text()).toContain('cholecalciferol');

    // The last one is in the cross-origin frame: the popup sends the reader there.
    await items.nth(6).click();
    const cross = page.tab.frames().find((f) => f.url().startsWith('http://localhost:'));
    expect(cross).toBeDefined();
    await poll(
      async () => (await cross?.evaluate(() => document.querySelectorAll('d3k2-card').length)) ?? 0,
      1,
      { message: "the cross-origin frame's card" },
    );
  });
});
