import { expect, poll, test } from './driver/fixture';
import { Options, Popup } from './driver/pages';

const ARTICLE =
  'https://forheartstrong.com/en-um/blogs/news/why-combining-d3-k2-is-better-than-taking-d3-alone';

test.describe('the first slice', () => {
  test('mentions are painted under d3k2-mention, and the DOM is untouched', async ({
    tab,
    mentions,
    driver,
  }) => {
    await tab.goto(`${driver.origin}/fixtures/basic.html`);
    const before = await tab.evaluate(() => document.body.innerHTML);
    await poll(() => mentions.count(), 3);
    expect(await mentions.texts()).toEqual(['vitamin D3', 'Vitamin D3', 'VITAMIN D3']);
    expect(await tab.evaluate(() => document.body.innerHTML)).toBe(before);
    const measures = await tab.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => m.name),
    );
    expect(measures).toContain('d3k2:scan');
  });

  test('hover opens the card with the article link; leaving closes it', async ({ mentions }) => {
    await mentions.load('basic.html', 3);
    await mentions.openByHover(0);
    const card = await mentions.card.describe();
    const link = card?.links.find((l) => l.text === 'Read the full article');
    expect(link?.href).toBe(ARTICLE);
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toBe('noopener noreferrer');
    expect(card?.links.find((l) => l.primary)?.href).toContain('forheartstrong.com');
    expect(card?.name).toBe('Vitamin D3 works best with K2');

    await mentions.page.mouse.move(5, 5);
    await mentions.card.waitClosed();
  });

  test('a fly-over does not open the card', async ({ mentions }) => {
    await mentions.load('basic.html', 3);
    await mentions.hover(0);
    await mentions.page.mouse.move(5, 5);
    // Nothing to wait for: the card must still not open after its hover delay has passed.
    await mentions.page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
    expect(await mentions.card.isOpen()).toBe(false);
  });

  test('Escape closes the card', async ({ mentions }) => {
    await mentions.load('basic.html', 3);
    await mentions.openByHover(1);
    await mentions.page.keyboard.press('Escape');
    await mentions.card.waitClosed();
  });

  test('turning the option off clears an open tab, and on restores it', async ({
    mentions,
    driver,
  }) => {
    await mentions.load('basic.html', 3);
    const options = new Options(await driver.extensionPage('options.html'));
    await poll(() => options.checked('Highlight mentions on pages'), true);
    await options.clickLabel('Highlight mentions on pages');
    await poll(() => mentions.count(), 0);
    await options.clickLabel('Highlight mentions on pages');
    await poll(() => mentions.count(), 3);
    await options.page.close();
  });

  test('the popup renders with its links', async ({ driver }) => {
    const popup = new Popup(await driver.extensionPage('popup.html'));
    const links = await poll(
      () => popup.links(),
      (l) => l.length >= 2,
    );
    expect(links.find((l) => l.text === 'Read the full article')?.href).toBe(ARTICLE);
    expect(links.some((l) => l.text === 'Settings')).toBe(true);
  });
});

test('the page hears no message from the extension, with its card open', async ({ mentions }) => {
  await mentions.load('message-listener.html', 1);
  await mentions.openByHover(0);
  // The card is open; give any stray postMessage the time to arrive: the extension's quiet.
  await mentions.quiet();
  expect(
    await mentions.page.evaluate(() => (window as unknown as { heard: string[] }).heard),
  ).toEqual([]);
});
