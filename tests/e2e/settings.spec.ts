import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS as DEFAULTS, type Settings } from '../../utils/settings-schema';
import type { Driver, ReportedCommand } from '../driver/driver';
import { expect, test, withDriver } from '../driver/fixture';
import { MentionPage, Options, Popup, type ShortcutShown } from '../driver/pages';
import { hold, poll } from '../driver/poll';

/** The settings as the extension has stored them. */
const storedSettings = (driver: Driver) =>
  driver.inExtension(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    const { settings } = await api.storage.local.get('settings');
    return settings as Settings;
  }, null);

test.describe('popup, options and per-site control', () => {
  test('the popup counts the mentions, and its list scrolls the page to one', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.open('long.html');
    await page.settle();
    const popup = await Popup.open(driver);
    await popup.expectStatus('2 mentions on this page');
    const items = popup.mentions();
    await poll(() => items.count(), 2, { message: 'mentions listed' });
    expect(await items.nth(1).text()).toContain('further down');
    await items.nth(1).click();
    await page.card.waitOpen();
    expect(await page.isInView('two')).toBe(true);
  });

  test("the popup's snippets keep to the mention's line and read in their own direction", async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('snippets.html', 2);
    const popup = await Popup.open(driver);
    const items = popup.mentions();
    await poll(() => items.count(), 2, { message: 'mentions listed' });
    // The product's name, not its price: the price is a block of its own.
    expect(await items.nth(0).text()).toBe('Liquid vitamin D3 drops, 400 IU per drop');
    const hebrew = await popup.tab.evaluate(() => {
      const button = document.querySelectorAll('ol button')[1] as HTMLElement;
      return { dir: button.dir, direction: getComputedStyle(button).direction };
    });
    expect(hebrew).toEqual({ dir: 'auto', direction: 'rtl' });
  });

  test('the popup says when there is nothing, and where it cannot run', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.open('no-mentions.html');
    await page.settle();
    let popup = await Popup.open(driver);
    await popup.expectStatus('No mentions on this page');
    await popup.close();

    await page.tab.bringToFront();
    await page.tab.goto('about:blank');
    popup = await Popup.open(driver);
    await popup.expectStatus("Can't run on this page");
    expect(await popup.switch('On this site').isDisabled()).toBe(true);
  });

  test('the global pause shows in the popup and clears the tab', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    await popup.switch('On all sites').uncheck();
    await popup.expectStatus('Paused everywhere');
    await page.expectCount(0);
    // The site's switch does not claim to be on while nothing runs anywhere.
    const site = popup.switch('On 127.0.0.1');
    expect([await site.isChecked(), await site.isDisabled()]).toEqual([false, true]);
    await popup.switch('On all sites').check();
    await poll(() => site.isChecked(), true, { message: "the site's switch on again" });
    await page.expectCount(3);
    await popup.expectStatus('3 mentions on this page');
  });

  test('options apply live to an open tab', async ({ mentionPage: page, driver }) => {
    await page.load('basic.html', 3);
    const options = await Options.open(driver);
    const styleNames = () =>
      page.tab.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('d3k2-style')));

    await options.radio('Background tint').check();
    await poll(styleNames, ['d3k2-style-background'], { message: 'highlight styles' });
    await options.radio('None').check();
    await poll(styleNames, [], { message: 'highlight styles' });
    expect(await page.highlightCount()).toBe(3);

    await options.radio('Only the first on each page').check();
    await page.expectCount(1);
    await options.radio('Every mention').check();
    await options.number('Most highlights on one page').fill('2');
    await options.number('Most highlights on one page').press('Enter');
    await page.expectCount(2);

    // Click mode: resting on a mention does nothing, a click opens the card.
    await options.radio('When I click a mention').check();
    await page.tab.bringToFront();
    await page.settle();
    const { x, y } = await page.hover(0);
    await hold(700); // longer than the hover delay: the card must not open
    expect(await page.card.isOpen()).toBe(false);
    await page.tab.click(x, y);
    await page.card.waitOpen();
  });

  test('a number is saved as it is typed, before the field is left; a wrong one is shown, not used', async ({
    driver,
  }) => {
    const delay = () =>
      driver.inExtension(async () => {
        const api = typeof browser !== 'undefined' ? browser : chrome;
        const { settings } = await api.storage.local.get('settings');
        return (settings as { hoverDelay?: number } | undefined)?.hoverDelay ?? null;
      }, null);
    let options = await Options.open(driver);
    // Typed, never left (no change event), and the tab closed: the value was kept.
    await options.number('Hover delay').fill('450');
    await poll(delay, 450, { message: 'the delay, saved while typing' });
    await options.tab.close({ asUser: true });
    options = await Options.open(driver);
    const shown = () =>
      options.tab.evaluate(
        () => document.querySelector<HTMLInputElement>('input[aria-describedby^="delay"]')?.value,
      );
    await poll(shown, '450', { message: 'the delay shown on a new options page' });

    await options.number('Hover delay').fill('5000');
    await poll(
      () => options.tab.hasText('Enter a whole number from 0 to 2000. In use: 450.'),
      true,
      {
        message: 'the error, with the value in force',
      },
    );
    expect(await options.number('Hover delay').attribute('aria-invalid')).toBe('true');
    await hold(700); // longer than typing takes to rest: nothing may be saved
    expect(await delay()).toBe(450);
  });

  test('sites can be added, removed and reset in the options', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const options = await Options.open(driver);
    await options.siteField().fill('not a site!');
    await options.button('Add', true).click();
    await poll(() => options.alert().text(), 'Enter a site such as example.com.', {
      message: 'the alert',
    });
    await options.siteField().fill('http://127.0.0.1:8080/some/page');
    await options.button('Add', true).click();
    await poll(
      async () => (await options.sites().text()) ?? '',
      (t) => t.includes('127.0.0.1'),
      {
        message: 'the list of sites',
      },
    );
    await page.expectCount(0);
    await options.button('Remove 127.0.0.1').click();
    await page.expectCount(3);

    // An international name is taken, and shown in its own script; typed again in capitals
    // it is the same site, and the page says so instead of adding it twice.
    await options.siteField().fill('münchen.de');
    await options.button('Add', true).click();
    await poll(
      async () => (await options.sites().text()) ?? '',
      (t) => t.includes('münchen.de'),
      {
        message: 'the international name listed',
      },
    );
    await options.siteField().fill('MÜNCHEN.DE');
    await options.button('Add', true).click();
    await poll(() => options.tab.hasText('münchen.de is already in the list.'), true, {
      message: 'the duplicate reported',
    });
    expect(await options.tab.role('button', 'Remove münchen.de').count()).toBe(1);

    await options.radio('Background tint').check();
    await options.button('Reset all settings to their defaults').click();
    await poll(() => options.radio('Dotted underline').isChecked(), true, {
      message: 'Dotted underline chosen',
    });
    await poll(() => options.tab.hasText('All settings are back to their defaults.'), true, {
      message: 'the reset notice',
    });
  });

  test('the keyboard shortcuts shown are what the browser reports, and follow a change made in its settings', async ({
    driver,
  }) => {
    /** What the page should show for what the browser reports. */
    const expected = (reported: ReportedCommand[]): ShortcutShown[] =>
      ['next-mention', 'previous-mention'].map((name) => {
        const command = reported.find((c) => c.name === name);
        const keys = command?.shortcut || null;
        return { description: command?.description ?? '', keys, shown: keys ?? 'Not assigned' };
      });
    const options = await Options.open(driver);
    const reported = await driver.commands();
    // As installed, both have the manifest's keys (Chrome would leave out keys another
    // extension holds): each is shown, in a <kbd>.
    expect(expected(reported).map((c) => c.keys)).toEqual(['Alt+Shift+K', 'Alt+Shift+J']);
    await poll(() => options.shortcuts(), expected(reported), {
      message: 'the shortcuts, as the browser reports them',
    });

    // The button opens the browser's own shortcut settings. There the user clears one and
    // changes the other; back on the options page, it shows them as they are now.
    const open = options.button("Open the browser's shortcut settings", true);
    const settings = await driver.waitForShortcutSettings(() => open.click());
    await driver.setShortcut('next-mention', '');
    await driver.setShortcut('previous-mention', 'Ctrl+Shift+9');
    await options.tab.bringToFront();
    const now = await driver.commands();
    expect(expected(now).map((c) => c.shown)).toEqual(['Not assigned', 'Ctrl+Shift+9']);
    await poll(() => options.shortcuts(), expected(now), {
      message: 'the shortcuts, as changed in the browser',
    });
    await settings.close();
  });

  test('Reset offers Undo, which brings back the settings in force before it', async ({
    driver,
  }) => {
    const options = await Options.open(driver);
    await options.radio('Background tint').check();
    await options.siteField().fill('example.com');
    await options.button('Add', true).click();
    await poll(
      async () => (await options.sites().text()) ?? '',
      (t) => t.includes('example.com'),
      { message: 'the site listed' },
    );
    const custom = await storedSettings(driver);
    expect(custom).toMatchObject({
      style: 'background',
      disabledSites: [{ host: 'example.com', subdomains: false }],
    });

    await options.button('Reset all settings to their defaults').click();
    await poll(() => options.radio('Dotted underline').isChecked(), true, {
      message: 'the defaults shown',
    });
    await poll(() => options.resetStatus().text(), 'All settings are back to their defaults.', {
      message: 'the reset said',
    });
    expect(await options.sites().exists()).toBe(false);
    const undo = options.button('Undo', true);
    expect(await undo.attribute('aria-describedby')).toBe(
      await options.resetStatus().attribute('id'),
    );

    await undo.click();
    await poll(() => options.radio('Background tint').isChecked(), true, {
      message: 'the custom style back',
    });
    await poll(() => storedSettings(driver), custom, { message: 'the stored settings back' });
    expect(await options.sites().text()).toContain('example.com');
    await poll(
      () => options.resetStatus().text(),
      'Your settings are back as they were before the reset.',
      { message: 'the undo said' },
    );
    expect(await undo.count()).toBe(0);
    // Undo is gone: focus is back on Reset, not lost.
    expect(await options.focused()).toBe('Reset all settings to their defaults');
  });

  test('Reset without Undo keeps the defaults, and the next change ends the Undo', async ({
    driver,
  }) => {
    const options = await Options.open(driver);
    await options.radio('Only the first on each page').check();
    await options.siteField().fill('example.com');
    await options.button('Add', true).click();
    await poll(
      () => storedSettings(driver),
      (s) => s.disabledSites.length === 1,
      {
        message: 'the site stored',
      },
    );
    await options.button('Reset all settings to their defaults').click();
    const undo = options.button('Undo', true);
    await poll(() => undo.isVisible(), true, { message: 'Undo offered' });
    await poll(() => storedSettings(driver), DEFAULTS, { message: 'the defaults stored' });

    // Another options page knows nothing of this one's Undo, and shows the defaults.
    const other = await Options.open(driver);
    expect(await other.radio('Every mention').isChecked()).toBe(true);
    expect(await other.sites().exists()).toBe(false);
    expect(await other.button('Undo', true).count()).toBe(0);
    await other.close();

    // A change made after the reset ends its Undo and its line; the defaults stay beneath it.
    await options.tab.bringToFront();
    await options.switch('Show the count on the toolbar icon').uncheck();
    await poll(() => undo.count(), 0, { message: 'Undo gone' });
    expect(await options.resetStatus().text()).toBe('');
    await poll(
      () => storedSettings(driver),
      { ...DEFAULTS, badge: false },
      {
        message: 'the defaults and the one change',
      },
    );

    // So does a change from elsewhere (the popup, a card): Undo would put back settings over it.
    await options.button('Reset all settings to their defaults').click();
    await poll(() => undo.isVisible(), true, { message: 'Undo offered again' });
    await driver.setStorage({ settings: { ...DEFAULTS, enabled: false } });
    await poll(() => options.switch('Highlight mentions on pages').isChecked(), false, {
      message: 'the change from elsewhere shown',
    });
    await poll(() => undo.count(), 0, { message: 'Undo gone after a change from elsewhere' });
  });

  test('the badge shows the count, clears on navigation, and can be turned off', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    await poll(() => driver.badges(), ['3'], { message: 'badges' });
    await page.open('no-mentions.html');
    await page.settle();
    await poll(() => driver.badges(), [''], { message: 'badges' });
    await page.open('basic.html');
    await poll(() => driver.badges(), ['3'], { message: 'badges' });
    // The count follows the page (long.html has two).
    await page.open('long.html');
    await poll(() => driver.badges(), ['2'], { message: 'badges' });

    // The options page stays open until the badge has gone: closed at once, it could go
    // before it has saved the change.
    const options = await Options.open(driver);
    await options.switch('Show the count on the toolbar icon').uncheck();
    await poll(() => driver.badges(), [''], { message: 'badges' });
    await options.close();
  });

  test('garbage in storage still leaves a working extension with its defaults', async ({
    mentionPage: page,
    driver,
  }) => {
    await driver.setStorage({ settings: '{{ not settings', settings$: { v: 2 } });
    await page.load('basic.html', 3);
    const options = await Options.open(driver);
    expect(await options.switch('Highlight mentions on pages').isChecked()).toBe(true);
    expect(await options.radio('Dotted underline').isChecked()).toBe(true);
  });
});

test('the site switch clears the tab at once and survives a reload and a browser restart', async ({
  server,
}) => {
  test.setTimeout(60_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'd3k2-restart-'));
  try {
    await withDriver(server.origin, { profile }, async (driver) => {
      const page = new MentionPage(driver, await driver.newTab());
      await page.load('basic.html', 3);
      // The popup, opened in a tab, describes the tab the user came from.
      const popup = await Popup.open(driver);
      await popup.expectStatus('3 mentions on this page');
      await popup.switch('On 127.0.0.1').uncheck();
      await popup.expectStatus('Off on this site');
      await page.expectCount(0);
      // Off on this site means no scan at all, so there is no measure to wait for: hold a
      // moment, then check. Switching it back on below proves the script was there all along.
      await page.tab.reload();
      await hold(1000);
      expect(await page.highlightCount()).toBe(0);
    });

    await withDriver(server.origin, { profile }, async (driver) => {
      const page = new MentionPage(driver, await driver.newTab());
      await page.open('basic.html');
      await hold(1000); // as above: nothing to wait for
      expect(await page.highlightCount()).toBe(0);
      const popup = await Popup.open(driver);
      await popup.switch('On 127.0.0.1').check();
      await page.expectCount(3);
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
