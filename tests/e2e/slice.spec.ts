import { expect, test } from '../driver/fixture';
import { Options, Popup } from '../driver/pages';
import { hold } from '../driver/poll';

const ARTICLE =
  'https://forheartstrong.com/en-um/blogs/news/why-combining-d3-k2-is-better-than-taking-d3-alone';

test.describe('the first slice', () => {
  test('mentions are painted under d3k2-mention, and the DOM is untouched', async ({
    mentionPage: page,
  }) => {
    await page.open('basic.html');
    const before = await page.tab.evaluate(() => document.body.innerHTML);
    await page.expectCount(3);
    expect(await page.highlightedTexts()).toEqual(['vitamin D3', 'Vitamin D3', 'VITAMIN D3']);
    expect(await page.tab.evaluate(() => document.body.innerHTML)).toBe(before);
    const measures = await page.tab.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => m.name),
    );
    expect(measures).toContain('d3k2:scan');
  });

  test('hover opens the card with the article link; leaving closes it', async ({
    mentionPage: page,
  }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    await page.card.expand();
    const link = page.card.role('link', 'Read the full article');
    expect(await link.attribute('href')).toBe(ARTICLE);
    expect(await link.attribute('target')).toBe('_blank');
    expect(await link.attribute('rel')).toBe('noopener noreferrer');
    expect(await page.card.dialog().count()).toBe(1);
    expect(await page.card.role('dialog', 'Vitamin D3 works best with K2', true).count()).toBe(1);

    await page.tab.move(5, 5);
    await page.card.waitClosed();
  });

  test('a fly-over does not open the card', { tag: '@timing' }, async ({ mentionPage: page }) => {
    await page.load('basic.html', 3);
    await page.hover(0);
    await page.tab.move(5, 5);
    await hold(600); // longer than the hover delay: nothing may open meanwhile
    expect(await page.card.isOpen()).toBe(false);
  });

  test('Escape closes the card', async ({ mentionPage: page }) => {
    await page.load('basic.html', 3);
    await page.openCard(1);
    await page.tab.press('Escape');
    await page.card.waitClosed();
  });

  test('turning the option off clears an open tab, and on restores it', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const options = await Options.open(driver);
    const toggle = options.switch('Highlight mentions on pages');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.expectCount(0);
    await toggle.check();
    await page.expectCount(3);
  });

  test('the popup renders with its links', async ({ driver }) => {
    const popup = await Popup.open(driver);
    expect(await popup.link('Read the full article').attribute('href')).toBe(ARTICLE);
    expect(await popup.link('Settings').isVisible()).toBe(true);
  });
});
