import { expect, test } from '../driver/fixture';
import type { MentionPage } from '../driver/pages';
import { hold, poll } from '../driver/poll';

// tests/fixtures/interaction.html: a sticky header, a button, three mentions in a row (the
// second inside a link to #notes), another button.
const FIXTURE = 'interaction.html';
const MENTIONS = 3;
/** Longer than the hover delay (300 ms) and the close delay (300 ms): whatever would happen has. */
const LONGER = 700;

/**
 * The keyboard commands, as the background relays them (utils/commands.ts): a real shortcut
 * cannot be pressed over CDP or BiDi, so the test sends what the background would.
 */
async function command(page: MentionPage, type: 'next-mention' | 'previous-mention') {
  await page.driver.sendToAllTabs({ type });
  await page.tab.bringToFront();
}

/** Sends a command and waits for the page to scroll to mention `index`, its card open. */
async function step(page: MentionPage, type: 'next-mention' | 'previous-mention', index: number) {
  await command(page, type);
  await poll(() => page.centredMention(), index, { message: `${type} to mention #${index}` });
  await page.card.waitOpen();
}

/** Where a paragraph's text starts (its first character), in viewport coordinates. */
function textStart(page: MentionPage, id: string) {
  return page.tab.evaluate((elementId) => {
    const text = document.getElementById(elementId)?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const r = range.getBoundingClientRect();
    return { x: r.left + 1, y: r.top + r.height / 2 };
  }, id);
}

const selectedText = (page: MentionPage) =>
  page.tab.evaluate(() => document.getSelection()?.toString() ?? '');

async function useClickMode(page: MentionPage) {
  await page.driver.setStorage({ settings: { trigger: 'click' }, settings$: { v: 2 } });
  await page.load(FIXTURE, MENTIONS);
  await page.settle();
}

test.describe('opening and closing the card', () => {
  test('dragging a selection across a mention opens no card, during or after', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    const mention = await page.mentionPoint(0);
    const start = await textStart(page, 'p1');
    await page.tab.move(start.x, start.y);
    await page.tab.down();
    await page.tab.move(mention.x, mention.y, 6);
    await hold(LONGER); // resting on the mention with the button held
    expect(await page.card.isOpen()).toBe(false);
    await page.tab.up();
    expect(await selectedText(page)).toContain('vit');
    // A wobble on the selected mention would start a dwell: the selection holds it off.
    await page.tab.move(mention.x + 2, mention.y);
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);
  });

  test('a mouse button held on a mention opens no card; released and moved, it does', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    const mention = await page.hover(0);
    await page.tab.down(); // within the hover delay of arriving
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);
    await page.tab.up();
    await page.tab.move(mention.x + 2, mention.y);
    await page.card.waitOpen();
  });

  test('double-clicking a mention selects it and opens no card, in hover and click modes', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    const mention = await page.mentionPoint(0);
    await page.tab.doubleClick(mention.x, mention.y); // within the hover delay of arriving
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);
    expect(await selectedText(page)).not.toBe('');

    await useClickMode(page);
    const again = await page.mentionPoint(0);
    await page.tab.doubleClick(again.x, again.y);
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);
    // A single click still opens it (click mode works here).
    await page.tab.click(again.x + 2, again.y);
    await page.card.waitOpen();
  });

  test('click mode: a click that ends a drag opens no card', async ({ mentionPage: page }) => {
    await useClickMode(page);
    const mention = await page.mentionPoint(0);
    const start = await textStart(page, 'p1');
    await page.tab.move(start.x, start.y);
    await page.tab.down();
    await page.tab.move(mention.x, mention.y, 6);
    await page.tab.up(); // ends on the mention: a click event on its paragraph
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);
  });

  test('next and previous with the pointer resting where the card opens: no stall', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    await page.settle();
    // Where the cards of the first two mentions appear.
    const boxes = [];
    await page.tab.focus('#before');
    for (const index of [0, 1]) {
      await step(page, 'next-mention', index);
      await page.card.waitStill();
      boxes.push(await page.card.rect());
      await page.tab.press('Escape');
      await page.card.waitClosed();
    }
    const [first, second] = boxes;
    if (!first || !second) throw new Error('no card box');
    // A point inside one of the two cards and outside the other, clear of the mentions: the
    // card appears under the resting pointer, or moves away from under it.
    const inside = (r: typeof first, x: number, y: number) =>
      x > r.left && x < r.right && y > r.top && y < r.bottom;
    let rest: { x: number; y: number } | undefined;
    for (let y = 20; y < 690 && !rest; y += 10) {
      for (let x = 20; x < 990 && !rest; x += 10) {
        if (inside(first, x, y) !== inside(second, x, y)) rest = { x, y };
      }
    }
    if (!rest) throw new Error('the two cards open in the same place');
    await page.tab.move(rest.x, rest.y, 4);
    // On from the last card opened (the second mention's), to and fro across the first two.
    for (const [type, index] of [
      ['next-mention', 2],
      ['next-mention', 0], // wraps to the first
      ['next-mention', 1],
      ['previous-mention', 0],
      ['previous-mention', 2], // wraps to the last
      ['previous-mention', 1],
      ['previous-mention', 0],
    ] as const) {
      await step(page, type, index);
      await hold(LONGER); // boundary events of the resting pointer would have closed it by now
      expect(await page.card.isOpen(), `${type} to #${index}`).toBe(true);
      expect((await page.card.state()).focusInCard).toBe(true);
    }
  });

  test('next after Escape goes on, never back; from focus in the page it starts there', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    await page.settle();
    await page.mentionPoint(1); // all three in view
    const closeWithEscape = async () => {
      await page.tab.press('Escape');
      await page.card.waitClosed();
    };
    await step(page, 'next-mention', 0); // nothing opened yet: the first in view
    await closeWithEscape();
    await step(page, 'next-mention', 1);
    await closeWithEscape();
    await step(page, 'next-mention', 2);
    await closeWithEscape();
    await step(page, 'next-mention', 0);
    await closeWithEscape();
    await step(page, 'previous-mention', 2);
    await closeWithEscape();
    // The reader moves focus: the walk starts there.
    await page.tab.focus('#after');
    await step(page, 'previous-mention', 2);
    await closeWithEscape();
    expect(await page.pageFocus()).toBe('after');
    await page.tab.focus('#before');
    await step(page, 'next-mention', 0);
  });

  test('keyboard focus on a linked mention opens its card; focus stays, Tab moves on', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    await page.settle();
    await page.tab.focus('#before');
    await page.tab.press('Tab');
    expect(await page.pageFocus()).toBe('link');
    await page.card.waitOpen();
    expect((await page.card.state()).focusInCard).toBe(false);
    await poll(async () => (await page.card.announced()).startsWith('Vitamin D3 works'), true, {
      message: 'the card announced',
    });

    await page.tab.press('Tab');
    expect(await page.pageFocus()).toBe('after');
    await page.card.waitClosed();

    await page.tab.press('Shift+Tab');
    expect(await page.pageFocus()).toBe('link');
    await page.card.waitOpen();
    await page.tab.press('Escape');
    await page.card.waitClosed();
    expect(await page.pageFocus()).toBe('link');
    await hold(LONGER); // Escape is final while focus stays
    expect(await page.card.isOpen()).toBe(false);
  });

  test('a linked mention: a tap or a click (click mode) follows the link, no card', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    const hash = () => page.tab.evaluate(() => location.hash);
    await page.tapMention(1);
    await poll(hash, '#notes', { message: 'the link followed' });
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);

    await useClickMode(page);
    const point = await page.mentionPoint(1);
    await page.tab.click(point.x, point.y);
    await poll(hash, '#notes', { message: 'the link followed' });
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(false);
  });

  test('a card closes when a sticky header covers its mention', async ({ mentionPage: page }) => {
    await page.load(FIXTURE, MENTIONS);
    await page.settle();
    await page.tab.focus('#before');
    await step(page, 'next-mention', 0);
    const top = () =>
      page.tab.evaluate(() => {
        const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        return ranges[0]?.getBoundingClientRect().top ?? 0;
      });
    // Up to just below the header (80 px): still in sight, still open.
    await page.tab.evaluate((by) => window.scrollBy(0, by), (await top()) - 100);
    await hold(LONGER);
    expect(await page.card.isOpen()).toBe(true);
    // Under the header, though still inside the viewport: closed.
    await page.tab.evaluate((by) => window.scrollBy(0, by), (await top()) - 30);
    expect(await top()).toBeGreaterThan(0);
    await page.card.waitClosed();
  });

  test('a card opened without focus is announced politely; one that takes focus is not', async ({
    mentionPage: page,
  }) => {
    await page.load(FIXTURE, MENTIONS);
    await page.openCard(0);
    await poll(async () => (await page.card.announced()).includes('calcium'), true, {
      message: 'the card title and text in the live region',
    });
    expect(await page.card.announced()).toMatch(/^Vitamin D3 works best with K2\. /);
    await page.tab.move(5, 5);
    await page.card.waitClosed();
    await page.tab.focus('#before');
    await step(page, 'next-mention', 0);
    await hold(400); // past the moment it would have been filled
    expect(await page.card.announced()).toBe('');
  });
});
