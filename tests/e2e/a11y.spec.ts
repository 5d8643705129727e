import { can, without } from '../driver/capabilities';
import type { Tab } from '../driver/driver';
import { expect, test } from '../driver/fixture';
import type { BrowserName } from '../driver/launch';
import { Options, Popup } from '../driver/pages';
import { poll } from '../driver/poll';
import { AXE_SOURCE, axeViolations } from './axe';

/** axe-core's violations on the page, or under `include`, one line each. */
async function violations(tab: Tab, include?: string): Promise<string[]> {
  await tab.evaluate(AXE_SOURCE);
  return tab.evaluate(axeViolations, include ?? null);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (axe-core), ${colorScheme} colours`, () => {
    // The browser's own setting, which every page sees (light is how tests start it).
    if (colorScheme === 'dark') test.use({ launchWith: { colorScheme } });

    test('the popup has no violations', async ({ mentionPage: page, driver }) => {
      await page.load('basic.html', 3);
      const popup = await Popup.open(driver);
      await popup.expectStatus('3 mentions on this page');
      expect(await violations(popup.tab)).toEqual([]);
    });

    test('the options page has no violations', async ({ driver }) => {
      const options = await Options.open(driver);
      expect(await options.heading().isVisible()).toBe(true);
      expect(await violations(options.tab)).toEqual([]);
    });

    test('an open card has no violations', async ({ mentionPage: page }) => {
      // Colour contrast is checked in each scheme: the card has its own dark palette.
      await page.load('basic.html', 3);
      await page.openCard(0);
      await page.card.waitStill(); // past its entrance, for colour contrast
      expect(await violations(page.tab, 'd3k2-card')).toEqual([]);
    });

    test('an expanded card has no violations', async ({ mentionPage: page }) => {
      await page.load('basic.html', 3);
      await page.openCard(0);
      await page.card.expand();
      await page.card.waitStill();
      expect(await violations(page.tab, 'd3k2-card')).toEqual([]);
    });

    test('the sheet (narrow, touch), compact and expanded, has no violations', async ({
      mentionPage: page,
    }) => {
      await page.tab.setViewport(360, 640, { touch: true });
      await page.load('basic.html', 3);
      await page.tapMention(0);
      await page.card.waitOpen();
      await page.card.waitStill();
      expect(
        await page.tab.evaluate(
          () => document.querySelector('d3k2-card')?.shadowRoot?.querySelector('.sheet') !== null,
        ),
      ).toBe(true);
      expect(await violations(page.tab, 'd3k2-card')).toEqual([]);
      await page.card.expand();
      await page.card.waitStill();
      expect(await violations(page.tab, 'd3k2-card')).toEqual([]);
    });
  });
}

// A right-to-left UI is mirrored, not just translated: axe checks it as it checks English.
test.describe('accessibility (axe-core), a right-to-left UI (Arabic)', () => {
  test.skip(
    ({ browserName }) => !can('uiLanguage', browserName as BrowserName),
    without('uiLanguage'),
  );
  test.use({ launchWith: { lang: 'ar' } });

  test('popup, options page and expanded card have no violations', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    await poll(() => popup.tab.evaluate(() => document.querySelectorAll('ol li').length), 3, {
      message: 'mentions listed',
    });
    expect(await popup.tab.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await violations(popup.tab)).toEqual([]);
    await popup.close();

    const options = await Options.open(driver);
    expect(await violations(options.tab)).toEqual([]);

    await page.tab.bringToFront();
    await page.openCard(0);
    await page.card.expand('لماذا؟');
    await page.card.waitStill();
    expect(await page.card.dialog().attribute('dir')).toBe('rtl');
    expect(await violations(page.tab, 'd3k2-card')).toEqual([]);
  });
});
