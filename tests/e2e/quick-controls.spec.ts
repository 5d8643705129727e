import type { Driver, Tab } from '../driver/driver';
import { expect, test } from '../driver/fixture';
import type { MentionPage } from '../driver/pages';
import { Options, Popup } from '../driver/pages';
import { poll } from '../driver/poll';
import { AXE_SOURCE, axeViolations } from './axe';

// The popup's quick controls: the highlight style, and a pause on the current site that
// ends by itself. The test pages are served from 127.0.0.1.
const HOST = '127.0.0.1';

/** axe-core's violations on the page, one line each (as in a11y.spec.ts). */
async function violations(tab: Tab): Promise<string[]> {
  await tab.evaluate(AXE_SOURCE);
  return tab.evaluate(axeViolations, null);
}

/** The style names painted on the page, as its own world sees them. */
const styleNames = (page: MentionPage) =>
  page.tab.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('d3k2-style')));

/** The stored pauses, as the extension wrote them. */
const storedPauses = (driver: Driver) =>
  driver.inExtension(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    const { settings } = await api.storage.local.get('settings');
    return (
      (settings as { pausedSites?: { host: string; until: number }[] } | undefined)?.pausedSites ??
      []
    );
  }, null);

/**
 * A time as the extension's pages show it in English (see components/time-of-day.ts), its
 * white space folded as the driver reads text (English puts a narrow space before PM).
 */
const shownTime = async (popup: Popup, at: number) =>
  (
    await popup.tab.evaluate(
      (t) => new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(t),
      at,
    )
  ).replace(/\s+/g, ' ');

test.describe('the popup’s quick controls', () => {
  test('the highlight style chosen in the popup repaints the open page', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    expect(await popup.radio('Dotted underline').isChecked()).toBe(true);
    await popup.radio('Background tint').check();
    await poll(() => styleNames(page), ['d3k2-style-background'], { message: 'highlight styles' });
    // From the keyboard: the arrow keys move through the group and choose at once.
    await popup.radio('Background tint').press('ArrowDown');
    await poll(() => popup.radio('None').isChecked(), true, { message: 'None chosen' });
    await poll(() => styleNames(page), [], { message: 'highlight styles' });
    expect(await page.highlightCount()).toBe(3);
    await popup.radio('None').press('ArrowUp');
    await poll(() => styleNames(page), ['d3k2-style-background'], { message: 'highlight styles' });
  });

  test('a pause for an hour clears the tab, says until when, and Resume brings it back', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    await popup.expectStatus('3 mentions on this page');
    const before = Date.now();
    // From the keyboard: the button keeps the focus as it turns into Resume.
    await popup.button('Pause on this site for an hour').press('Enter');
    await page.expectCount(0);
    const [pause] = await poll(
      () => storedPauses(driver),
      (p) => p.length === 1,
      {
        message: 'the pause stored',
      },
    );
    expect(pause?.host).toBe(HOST);
    // An hour from the click (the clocks are the machine's, give or take the test's own steps).
    expect(Math.abs((pause?.until ?? 0) - before - 3_600_000)).toBeLessThan(30_000);
    await popup.expectStatus(
      `Paused on ${HOST} until ${await shownTime(popup, pause?.until ?? 0)}`,
    );
    await poll(() => driver.badges(), [''], { message: 'badges' });
    expect(await popup.tab.evaluate(() => document.activeElement?.textContent)).toBe('Resume');
    expect(await violations(popup.tab)).toEqual([]);

    await popup.button('Resume', true).click();
    await page.expectCount(3);
    await popup.expectStatus('3 mentions on this page');
    expect(await storedPauses(driver)).toEqual([]);
    expect(await popup.button('Pause on this site for an hour').isVisible()).toBe(true);
  });

  test('the options page lists a pause with its end, and can resume it', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    await popup.button('Pause on this site for an hour').click();
    await page.expectCount(0);
    const [pause] = await poll(
      () => storedPauses(driver),
      (p) => p.length === 1,
      {
        message: 'the pause stored',
      },
    );
    const time = await shownTime(popup, pause?.until ?? 0);
    const options = await Options.open(driver);
    const paused = options.tab.role('list', 'Paused for now');
    await poll(() => paused.text(), `${HOST} until ${time}Resume`, { message: 'the pause listed' });
    expect(await violations(options.tab)).toEqual([]);
    await options.button(`Resume on ${HOST}`).click();
    await page.expectCount(3);
    await poll(() => paused.exists(), false, { message: 'the list gone' });
  });

  test('a pause that ends brings the highlights back in the open tab, without a reload', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    await page.tab.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    // Written as the popup would, ending in a few seconds by the extension's own clock.
    await driver.inExtension(async (host) => {
      const api = typeof browser !== 'undefined' ? browser : chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({
        settings: { ...(settings ?? {}), pausedSites: [{ host, until: Date.now() + 2500 }] },
        settings$: { v: 2 },
      });
    }, HOST);
    await page.expectCount(0, 2000);
    await page.expectCount(3, 10_000);
    expect(
      await page.tab.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
  });
});
