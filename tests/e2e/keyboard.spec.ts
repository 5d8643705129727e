import type { Tab } from '../driver/driver';
import { expect, test } from '../driver/fixture';
import { Options, Popup } from '../driver/pages';
import { poll } from '../driver/poll';

/** What has focus, as a reader of the page would name it. */
const focused = (tab: Tab) =>
  tab.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? '';
    const kind =
      el.getAttribute('role') ?? (el instanceof HTMLInputElement ? el.type : el.localName);
    return `${kind}: ${(label || el.textContent || '').trim()}`;
  });

/**
 * Tabs through the page once, from the top, and lists every stop. The test adds a last stop
 * of its own and ends there: past the page's last control Firefox moves to its toolbar, and
 * the page, its focus lost, would no longer act on keys.
 */
async function tabStops(tab: Tab): Promise<string[]> {
  await tab.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const end = document.createElement('span');
    end.id = 'tab-stops-end';
    end.tabIndex = 0;
    document.body.append(end);
  });
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await tab.press('Tab');
    const stop = await focused(tab);
    if (stop === '' || stop === 'span: ' || stops.includes(stop)) break;
    stops.push(stop);
  }
  await tab.evaluate(() => document.getElementById('tab-stops-end')?.remove());
  return stops;
}

test.describe('everything works from the keyboard alone', () => {
  test('the popup: every control is a tab stop, and Space pauses and resumes', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    const popup = await Popup.open(driver);
    await popup.expectStatus('3 mentions on this page');

    const stops = await tabStops(popup.tab);
    expect(stops).toEqual([
      'switch: On 127.0.0.1',
      'switch: On all sites',
      'button: Pause on this site for an hour',
      // The highlight style: one stop for the group, whose arrow keys move the choice.
      'radio: Dotted underline',
      expect.stringMatching(/^button: /),
      expect.stringMatching(/^button: /),
      expect.stringMatching(/^button: /),
      'a: Read the full article',
      'a: Settings',
    ]);

    await popup.tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.tab.press('Tab');
    await popup.tab.press('Tab');
    await popup.tab.press('Space');
    await popup.expectStatus('Paused everywhere');
    await page.expectCount(0);
    await popup.tab.press('Space');
    await page.expectCount(3);
  });

  test('the options page: settings change, and sites are added and removed, by keyboard', async ({
    driver,
  }) => {
    const options = await Options.open(driver);
    const stops = await tabStops(options.tab);
    // Each radio group is one stop (arrow keys move inside it), as the platform does it.
    expect(stops).toEqual([
      'switch: Highlight mentions on pages',
      'switch: Show the count on the toolbar icon',
      'radio: Dotted underline',
      'radio: Every mention',
      expect.stringMatching(/^number: Most highlights on one page/),
      'radio: When the pointer rests on a mention',
      expect.stringMatching(/^number: Hover delay/),
      "button: Open the browser's shortcut settings",
      expect.stringMatching(/^text: Site/),
      'checkbox: Include subdomains',
      'button: Add',
      'button: Reset all settings to their defaults',
    ]);

    // Arrow keys choose within a group: the background tint.
    await options.radio('Dotted underline').press('ArrowDown');
    await poll(() => options.radio('Background tint').isChecked(), true, {
      message: 'Background tint chosen',
    });

    // A site typed and sent with Enter, then removed with its own button.
    await options.siteField().focus();
    await options.tab.type('example.com');
    await options.tab.press('Enter');
    const remove = options.button('Remove example.com');
    await poll(() => remove.isVisible(), true, { message: 'the Remove button' });
    await remove.press('Enter');
    await poll(() => remove.count(), 0, { message: 'the site removed' });

    // Reset, by keyboard, puts the underline back. Focus stays on Reset; Undo is the next
    // stop, and after it focus is back on Reset.
    await options.button('Reset all settings to their defaults').press('Enter');
    await poll(() => options.radio('Dotted underline').isChecked(), true, {
      message: 'Dotted underline chosen',
    });
    const reset = 'button: Reset all settings to their defaults';
    expect(await focused(options.tab)).toBe(reset);
    await poll(() => options.button('Undo', true).isVisible(), true, { message: 'Undo offered' });
    await options.tab.press('Tab');
    expect(await focused(options.tab)).toBe('button: Undo');
    await options.tab.press('Enter');
    await poll(() => options.radio('Background tint').isChecked(), true, {
      message: 'Background tint back',
    });
    expect(await focused(options.tab)).toBe(reset);
    expect(await options.button('Undo', true).count()).toBe(0);
  });
});
