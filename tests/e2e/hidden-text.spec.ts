import type { Tab } from '../driver/driver';
import { expect, test } from '../driver/fixture';
import { Popup } from '../driver/pages';
import { poll } from '../driver/poll';

/** The id of the element holding each painted mention, in document order. */
const paintedIds = (tab: Tab) =>
  tab.evaluate(() => {
    const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.startContainer.parentElement?.closest('[id]')?.id ?? '');
  });

// tests/fixtures/hidden.html: three mentions a reader sees (one of them aria-hidden, which
// hides it from the accessibility tree, not from the eyes), and six the page does not render.
const VISIBLE = ['shown-1', 'aria', 'shown-2'];

test.describe('hidden text is not a mention until it shows', () => {
  test('only what shows is painted, counted on the badge and listed in the popup', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.open('hidden.html');
    await page.settle();
    expect(await paintedIds(page.tab)).toEqual(VISIBLE);
    await poll(() => driver.badges(), ['3'], { message: 'badges' });

    const popup = await Popup.open(driver);
    await popup.expectStatus('3 mentions on this page');
    const items = popup.mentions();
    await poll(() => items.count(), 3, { message: 'mentions listed' });
    expect(await items.nth(0).text()).toContain('darker months');
  });

  test('text the page shows later is painted then; a <details> closed takes its mention off', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.open('hidden.html');
    await page.settle();
    expect(await page.highlightCount()).toBe(3);

    // A <details> opened, as a reader would: a click on its summary.
    await page.tab.evaluate(() => document.querySelector('summary')?.scrollIntoView());
    const summary = await page.tab.evaluate(() => {
      const r = (document.querySelector('summary') as HTMLElement).getBoundingClientRect();
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await page.tab.click(summary.x, summary.y);
    await poll(() => paintedIds(page.tab), ['shown-1', 'in-details', 'aria', 'shown-2'], {
      message: 'painted after the details opened',
    });

    // `hidden` removed.
    await page.tab.evaluate(() => document.getElementById('later')?.removeAttribute('hidden'));
    await page.expectCount(5);

    // A tab panel shown by a class.
    await page.tab.evaluate(() => {
      document.getElementById('panel-1')?.classList.remove('active');
      document.getElementById('panel-2')?.classList.add('active');
    });
    await page.expectCount(6);
    await poll(() => driver.badges(), ['6'], { message: 'badges' });

    // The details closed again: its mention is no longer counted.
    await page.tab.click(summary.x, summary.y);
    await page.expectCount(5);
    expect(await paintedIds(page.tab)).toEqual(['shown-1', 'later', 'in-panel', 'aria', 'shown-2']);
    await poll(() => driver.badges(), ['5'], { message: 'badges' });
  });

  test('"only the first" paints the first mention that shows, not a hidden one', async ({
    mentionPage: page,
    driver,
  }) => {
    await driver.setStorage({ settings: { which: 'first' } });
    await page.open('hidden.html');
    await page.settle();
    expect(await paintedIds(page.tab)).toEqual(['shown-1']);
    // Its card opens beside it, where a reader sees it.
    await page.openCard(0);
    const rect = await page.card.rect();
    const mention = await page.tab.evaluate(() => {
      const r = (document.getElementById('shown-1') as HTMLElement).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(
      rect && Math.min(Math.abs(rect.top - mention.bottom), Math.abs(rect.bottom - mention.top)),
    ).toBeLessThan(40);
  });
});
