import { expect, test } from '../driver/fixture';
import { VIEWPORT } from '../driver/launch';
import type { MentionPage } from '../driver/pages';
import { hold, poll } from '../driver/poll';

/** The message the background sends for the keyboard command (see utils/commands.ts). */
async function sendNextMention(page: MentionPage) {
  await page.driver.sendToAllTabs({ type: 'next-mention' });
  await page.tab.bringToFront();
}

test.describe('the card', () => {
  test('the pointer can travel from the mention into the card without closing it', {
    tag: '@timing',
  }, async ({ mentionPage: page }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    const rect = await page.card.rect();
    if (!rect) throw new Error('no card box');
    await page.tab.move((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2, 8);
    await hold(700); // longer than the card's grace period: it must stay meanwhile
    expect(await page.card.isOpen()).toBe(true);
    // Away from both, inside the viewport (WebDriver refuses a move out of it).
    await page.tab.move(
      Math.min(rect.right + 200, VIEWPORT.width - 5),
      Math.min(rect.bottom + 100, VIEWPORT.height - 5),
      4,
    );
    await page.card.waitClosed();
  });

  test('the card stays inside the viewport for mentions at every edge', async ({
    mentionPage: page,
  }) => {
    await page.load('edges.html', 8);
    for (let n = 0; n < 8; n++) {
      await page.tab.press('Escape');
      await page.card.waitClosed();
      await page.openCard(n);
      await poll(
        async () => {
          const rect = await page.card.rect();
          return (
            rect !== null &&
            rect.left >= 0 &&
            rect.top >= 0 &&
            rect.right <= VIEWPORT.width &&
            rect.bottom <= VIEWPORT.height
          );
        },
        true,
        { message: `card for mention #${n} inside the viewport` },
      );
    }
  });

  test('the keyboard command scrolls to the next mention, opens its card and focuses it', async ({
    mentionPage: page,
  }) => {
    await page.load('long.html', 2);
    await page.settle();
    await page.tab.focus('#before');
    await sendNextMention(page);
    await page.card.waitOpen();
    await poll(async () => (await page.card.state()).focusInCard, true, {
      message: 'focus in the card',
    });
    expect(await page.isInView('one')).toBe(true);

    // Tab cycles inside the card.
    for (let i = 0; i < 8; i++) {
      await page.tab.press('Tab');
      expect((await page.card.state()).focusInCard).toBe(true);
    }
    await page.tab.press('Shift+Tab');
    expect((await page.card.state()).focusInCard).toBe(true);

    // Escape closes and gives focus back.
    await page.tab.press('Escape');
    await page.card.waitClosed();
    expect(await page.pageFocus()).toBe('before');

    // The command again goes on to the following mention (once: it walks on from the card
    // last opened, not back to the first in view; see card-interaction.spec.ts).
    await sendNextMention(page);
    await page.card.waitOpen();
    expect(await page.isInView('two')).toBe(true);
  });

  test('the card follows its mention on scroll and closes once it is out of view', async ({
    mentionPage: page,
  }) => {
    await page.open('long.html');
    await page.settle();
    // Near the top of the view, so the card has room below and keeps that side as we scroll.
    await page.tab.evaluate(() => {
      document.getElementById('one')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    await page.hover(0, 'none');
    await page.card.waitOpen();
    await page.card.waitStill(); // past its entrance
    // The gap between the mention and the card, which scrolling must not change.
    const gap = () =>
      page.tab.evaluate(() => {
        const range = [...(CSS.highlights.get('d3k2-mention') ?? [])][0] as Range;
        const card = document
          .querySelector('d3k2-card')
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getBoundingClientRect();
        return card ? Math.round(card.top - range.getBoundingClientRect().bottom) : null;
      });
    const before = await gap();
    expect(before).not.toBeNull();
    expect(before).toBe(6);
    await page.tab.evaluate(() => window.scrollBy(0, 60));
    await poll(gap, before, { message: 'the gap after scrolling' });
    await page.tab.evaluate(() => window.scrollBy(0, 2000));
    await page.card.waitClosed();
  });

  test('clicks that page scripts fake do nothing', async ({ mentionPage: page, driver }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    const tabsBefore = (await driver.tabs()).length;
    await page.tab.evaluate(() => {
      const root = document.querySelector('d3k2-card')?.shadowRoot;
      for (const el of root?.querySelectorAll<HTMLElement>('button, a') ?? []) el.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await hold(400); // what a fake click could start has had time to
    expect(await page.card.isOpen()).toBe(true);
    expect(await page.highlightCount()).toBe(3);
    expect((await driver.tabs()).length).toBe(tabsBefore);
  });

  test('a single-page navigation closes the card; a replaceState to the same address does not', async ({
    mentionPage: page,
  }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    await page.tab.evaluate(() => history.replaceState({ scroll: 1 }, '', location.href));
    await hold(400); // a close would have come by now
    expect(await page.card.isOpen()).toBe(true);
    await page.tab.evaluate(() => history.pushState({}, '', '?view=2'));
    await page.card.waitClosed();
    // The mentions are still on the page, so the card opens again.
    await page.tab.move(0, 0);
    await page.openCard(0);
  });

  test('"Don\'t highlight on this site" turns it off for the site; "Settings" opens options', async ({
    mentionPage: page,
    driver,
  }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    await page.card.expand();
    const options = await driver.waitForExtensionPage('options.html', () =>
      page.card.button('Settings').click(),
    );
    expect(await options.url()).toContain('/options.html');
    await options.close();
    await page.tab.bringToFront();

    await page.openCard(0);
    await page.card.expand();
    await page.card.button("Don't highlight on this site").click();
    await page.expectCount(0);
    // The card stays to say so, with an Undo (tests/e2e/site-off.spec.ts).
    expect(await page.card.button('Undo').isVisible()).toBe(true);

    // Put things back: the tab follows the settings.
    await driver.resetStorage();
    await page.expectCount(3);
  });

  test('hostile page CSS does not change the card', async ({ mentionPage: page }) => {
    const sizeWith = async (css: string) => {
      await page.load(`hostile.html?css=${encodeURIComponent(css)}`, 1);
      await page.tab.move(1, 1);
      await page.openCard(0);
      await page.card.waitStill(); // past its entrance
      return page.tab.evaluate(() => {
        const root = document.querySelector('d3k2-card')?.shadowRoot;
        const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
        const title = root?.querySelector<HTMLElement>('h2');
        if (!dialog || !title) return null;
        const d = getComputedStyle(dialog);
        return {
          width: dialog.offsetWidth,
          height: dialog.offsetHeight,
          font: d.fontSize,
          family: d.fontFamily,
          colour: d.color,
          titleSize: getComputedStyle(title).fontSize,
          visible: dialog.checkVisibility(),
        };
      });
    };
    const baseline = await sizeWith('');
    expect(baseline?.visible).toBe(true);
    for (const css of [
      '* { all: unset !important; font-size: 40px !important; }',
      'div { display: none !important; }',
      'body { transform: scale(2); transform-origin: 0 0; }',
      'html { font-size: 40px; } d3k2-card { display: none !important; opacity: 0 !important; }',
    ]) {
      expect(await sizeWith(css), css).toEqual(baseline);
    }
  });

  test('a page without mentions gets one look and nothing more, until a mention arrives', async ({
    mentionPage: page,
  }) => {
    await page.open('no-mentions.html');
    await page.settle();
    await page.tab.move(100, 100);
    await page.tab.move(200, 120);
    await hold(500); // nothing may wake meanwhile
    expect(await page.card.hosts()).toBe(0);
    expect(await page.highlightCount()).toBe(0);
    // No settings read, no engine, nothing painted, and no search for shadow roots (the page
    // has no custom element): loading with setting up, and the look.
    expect((await page.passes()).sort()).toEqual(['load', 'scan']);
    // Loading is counted from before our modules run, and ends before the look begins.
    const { load, scan } = await page.tab.evaluate(() => {
      const [load] = performance.getEntriesByName('d3k2:load');
      const [scan] = performance.getEntriesByName('d3k2:scan');
      return { load: load?.toJSON(), scan: scan?.toJSON() };
    });
    expect(load.startTime).toBeGreaterThan(0);
    expect(load.startTime + load.duration).toBeLessThanOrEqual(scan.startTime);

    await page.tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Now it mentions vitamin D3.';
      document.body.append(p);
    });
    await page.expectCount(1);
    expect(await page.passes()).toEqual(expect.arrayContaining(['settings', 'paint']));
  });

  test('the K2 line shows only where the page mentions K2; a click outside closes the card', async ({
    mentionPage: page,
  }) => {
    const NOTE = 'This page mentions vitamin K2 as well.';
    await page.load('basic.html', 3); // mentions vitamin K2
    await page.openCard(0);
    await page.card.expand();
    expect(await page.card.text()).toContain(NOTE);
    await page.tab.click(5, 5);
    await page.card.waitClosed();

    await page.open('long.html'); // does not
    await page.settle();
    await page.openCard(0);
    await page.card.expand();
    expect(await page.card.text()).not.toContain(NOTE);
  });
});
