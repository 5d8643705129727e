import type { Driver, Tab } from '../driver/driver';
import { expect, test } from '../driver/fixture';
import { type MentionPage, Options, Popup } from '../driver/pages';
import { hold, poll } from '../driver/poll';
import { AXE_SOURCE, axeViolations } from './axe';

/** The sites where it is off, as stored with the settings. */
const storedSites = (driver: Driver) =>
  driver.inExtension(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    const { settings } = await api.storage.local.get('settings');
    return ((settings as { disabledSites?: unknown } | undefined)?.disabledSites ??
      []) as unknown[];
  }, null);

/** axe-core's violations on the page, or under `include` (as in a11y.spec.ts). */
async function violations(tab: Tab, include?: string): Promise<string[]> {
  await tab.evaluate(AXE_SOURCE);
  return tab.evaluate(axeViolations, include ?? null);
}

/**
 * Loads basic.html (at `host`), opens its first card and presses "Don't highlight on this site".
 */
async function switchOffFromCard(
  page: MentionPage,
  how: 'click' | 'Enter' = 'click',
  host?: string,
): Promise<void> {
  await page.load('basic.html', 3, host);
  await page.openCard(0);
  await page.card.expand();
  const button = page.card.button("Don't highlight on this site");
  await (how === 'click' ? button.click() : button.press('Enter'));
}

const OFF_HERE = { host: '127.0.0.1', subdomains: false };
// Both apostrophes: the locale's own, and the one a keyboard types.
const saysOff = (site: string) => (text: string) =>
  text.includes(`Won't highlight on ${site}.`) || text.includes(`Won’t highlight on ${site}.`);

test.describe('the card\'s "Don\'t highlight on this site" says so, and Undo takes it back', () => {
  test('the highlights go, the card stays to name the site, and Undo brings them back', async ({
    mentionPage: page,
    driver,
  }) => {
    await switchOffFromCard(page);

    await page.expectCount(0);
    await poll(() => page.card.text(), saysOff('127.0.0.1'), { message: 'the confirmation' });
    await poll(() => storedSites(driver), [OFF_HERE], { message: 'the stored site' });
    // The engine has stopped (the popup hears "off"), and the card is still there.
    await hold(500);
    expect(await page.card.isOpen()).toBe(true);
    await page.card.waitStill();
    expect(await violations(page.tab, 'd3k2-card')).toEqual([]);

    await page.card.button('Undo').click();
    await page.card.waitClosed();
    await page.expectCount(3);
    await poll(() => storedSites(driver), [], { message: 'the stored sites' });
    const options = await Options.open(driver);
    await poll(() => options.tab.hasText('No sites yet.'), true, { message: 'the empty list' });

    // The engine that started again opens its cards as before.
    await page.tab.bringToFront();
    await page.tab.move(1, 1);
    await page.openCard(1);
    await page.card.expand();
    expect(await page.card.button("Don't highlight on this site").isVisible()).toBe(true);
  });

  test('from the keyboard: focus moves to Undo, which names the site, and Undo restores', async ({
    mentionPage: page,
    driver,
  }) => {
    await switchOffFromCard(page, 'Enter');
    await page.expectCount(0);
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
    const { description, role } = await focused();
    expect(saysOff('127.0.0.1')(description)).toBe(true);
    expect(role).toBe('status');
    await poll(() => storedSites(driver), [OFF_HERE], { message: 'the stored site' });

    await page.tab.press('Enter');
    await page.expectCount(3);
    await page.card.waitClosed();
    await poll(() => storedSites(driver), [], { message: 'the stored sites' });
  });

  test('dismissed, it leaves the site off; switched on elsewhere, the engine starts afresh', async ({
    mentionPage: page,
    driver,
  }) => {
    await switchOffFromCard(page);
    await page.expectCount(0);
    await poll(() => page.card.text(), saysOff('127.0.0.1'), { message: 'the confirmation' });
    await page.tab.press('Escape');
    await page.card.waitClosed();
    await hold(500); // nothing comes back
    expect(await page.highlightCount()).toBe(0);
    expect(await storedSites(driver)).toEqual([OFF_HERE]);

    // The popup describes the tab last used.
    await page.tab.bringToFront();
    const popup = await Popup.open(driver);
    // Once it has read both the page and the settings.
    await popup.expectStatus('Off on this site');
    await popup.switch('On 127.0.0.1').check();
    await page.expectCount(3);
    await page.tab.bringToFront();
    await page.tab.move(1, 1);
    await page.openCard(0);
    await page.card.expand();
    expect(await page.card.button("Don't highlight on this site").isVisible()).toBe(true);
  });

  test('an international name is shown in its own script; the pointer leaving closes it', async ({
    mentionPage: page,
    driver,
  }) => {
    // münchen.localhost, as the address names it.
    await switchOffFromCard(page, 'click', 'xn--mnchen-3ya.localhost');
    await page.expectCount(0);
    await poll(() => page.card.text(), saysOff('münchen.localhost'), {
      message: 'the confirmation',
    });
    await poll(
      () => storedSites(driver),
      [{ host: 'xn--mnchen-3ya.localhost', subdomains: false }],
      { message: 'the stored site' },
    );
    await page.tab.move(1, 1);
    await page.card.waitClosed();
  });
});

test.describe("the popup's site switch", () => {
  test('switched off, a status line names the site, and Undo switches it back', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    await popup.expectStatus('3 mentions on this page');
    await popup.switch('On 127.0.0.1').uncheck();
    await poll(
      () => popup.statuses(),
      (lines) => lines[0] === 'Off on this site' && saysOff('127.0.0.1')(lines[1] ?? ''),
      { message: 'the status lines' },
    );
    await page.expectCount(0);
    await poll(() => storedSites(driver), [OFF_HERE], { message: 'the stored site' });
    // An IP address has no subdomains to offer.
    expect(await popup.checkbox('Off on its subdomains too').exists()).toBe(false);
    expect(await violations(popup.tab)).toEqual([]);

    await popup.button('Undo').click();
    await poll(() => popup.switch('On 127.0.0.1').isChecked(), true, { message: 'on again' });
    expect(await popup.focused()).toEqual({ role: 'switch', name: 'On 127.0.0.1' });
    await page.expectCount(3);
    await popup.expectStatus('3 mentions on this page');
    expect(await popup.statuses()).toEqual(['3 mentions on this page', '']);
    expect(await popup.button('Undo').exists()).toBe(false);
    expect(await storedSites(driver)).toEqual([]);
  });

  test('covers the subdomains too; a subdomain says which rule turns it off, and switches on', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3, 'example.localhost');
    let popup = await Popup.open(driver);
    await popup.expectStatus('3 mentions on this page');
    await popup.switch('On example.localhost').uncheck();
    const subdomains = popup.checkbox('Off on its subdomains too');
    await poll(() => subdomains.isChecked(), false, { message: 'the subdomains box, unchecked' });
    await subdomains.check();
    await poll(() => storedSites(driver), [{ host: 'example.localhost', subdomains: true }], {
      message: 'the stored rule',
    });
    await page.expectCount(0);
    expect(await violations(popup.tab)).toEqual([]);
    await popup.close();

    await page.tab.bringToFront();
    await page.open('basic.html', 'www.example.localhost');
    await hold(1000); // off: no scan, so nothing to wait for (as in settings.spec.ts)
    expect(await page.highlightCount()).toBe(0);
    popup = await Popup.open(driver);
    await popup.expectStatus('Off on this site');
    const site = popup.switch('On www.example.localhost');
    expect(await site.isChecked()).toBe(false);
    expect(await site.isDisabled()).toBe(false);
    expect(
      await popup.tab.hasText(
        'Off on example.localhost and all its subdomains. Switching on here switches them all on.',
      ),
    ).toBe(true);
    // The rule is the parent's: this site has none of its own to widen.
    expect(await popup.checkbox('Off on its subdomains too').exists()).toBe(false);
    expect(await violations(popup.tab)).toEqual([]);

    await site.check();
    await page.expectCount(3);
    await poll(() => storedSites(driver), [], { message: 'the stored rules' });
  });
});
