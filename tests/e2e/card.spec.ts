import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardState, highlightCount, isInView, mentionPoint, waitForScan } from './page-helpers';

const dialogOf = (page: Page) => page.locator('d3k2-card [role="dialog"]');

/** The basic fixture, once its three mentions are painted. */
async function loadBasic(page: Page, origin: string) {
  await page.goto(`${origin}/fixtures/basic.html`);
  await expect.poll(() => highlightCount(page)).toBe(3);
}

async function openByHover(page: Page, n = 0) {
  const { x, y } = await mentionPoint(page, n);
  await page.mouse.move(x, y);
  await expect(dialogOf(page)).toBeVisible();
}

/** Sends the message the background sends for the keyboard command (see utils/commands.ts). */
async function sendNextMention(context: BrowserContext, extensionId: string, target: Page) {
  const sender = await context.newPage();
  await sender.goto(`chrome-extension://${extensionId}/popup.html`);
  // Without the "tabs" permission (we do not ask for it) tab addresses are hidden, so the
  // message goes to every tab; only a page with mentions acts on it.
  await sender.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id !== undefined) {
        await chrome.tabs.sendMessage(tab.id, { type: 'next-mention' }).catch(() => undefined);
      }
    }
  });
  await sender.close();
  await target.bringToFront();
}

test.describe('the card in Chromium', () => {
  test('the pointer can travel from the mention into the card without closing it', async ({
    page,
    worker,
  }) => {
    await loadBasic(page, worker.origin);
    await openByHover(page);
    const box = await dialogOf(page).boundingBox();
    if (!box) throw new Error('no card box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(700);
    await expect(dialogOf(page)).toBeVisible();
    await page.mouse.move(box.x + box.width + 200, box.y + box.height + 100, { steps: 4 });
    await expect(dialogOf(page)).toHaveCount(0);
  });

  test('the card stays inside the viewport for mentions at every edge', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/edges.html`);
    await expect.poll(() => highlightCount(page)).toBe(8);
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    for (let n = 0; n < 8; n++) {
      await page.keyboard.press('Escape');
      await expect(dialogOf(page)).toHaveCount(0);
      await openByHover(page, n);
      await expect
        .poll(async () => {
          const { rect } = await cardState(page);
          return (
            rect !== null &&
            rect.left >= 0 &&
            rect.top >= 0 &&
            rect.right <= viewport.width &&
            rect.bottom <= viewport.height
          );
        }, `card for mention #${n} inside the viewport`)
        .toBe(true);
    }
  });

  test('the keyboard command scrolls to the next mention, opens its card and focuses it', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/long.html`);
    await waitForScan(page);
    await page.focus('#before');
    await sendNextMention(worker.context, worker.extensionId, page);
    await expect(dialogOf(page)).toBeVisible();
    await expect.poll(async () => (await cardState(page)).focusInCard).toBe(true);
    const inView = await page.evaluate(() => {
      const r = document.getElementById('one')?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);

    // Tab cycles inside the card.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect((await cardState(page)).focusInCard).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await cardState(page)).focusInCard).toBe(true);

    // Escape closes and gives focus back.
    await page.keyboard.press('Escape');
    await expect(dialogOf(page)).toHaveCount(0);
    expect((await cardState(page)).pageFocus).toBe('before');

    // The command again goes on to the following mention.
    await sendNextMention(worker.context, worker.extensionId, page);
    await sendNextMention(worker.context, worker.extensionId, page);
    await expect(dialogOf(page)).toBeVisible();
    expect(await isInView(page, 'two')).toBe(true);
  });

  test('the card follows its mention on scroll and closes once it is out of view', async ({
    page,
    worker,
  }) => {
    await page.goto(`${worker.origin}/fixtures/long.html`);
    await waitForScan(page);
    // Near the top of the view, so the card has room below and keeps that side as we scroll.
    await page.evaluate(() => {
      document.getElementById('one')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    const { x, y } = await mentionPoint(page, 0, 'none');
    await page.mouse.move(x, y);
    await expect(dialogOf(page)).toBeVisible();
    await page.waitForTimeout(300); // past the card's short entrance
    // The gap between the mention and the card, which scrolling must not change.
    const gap = () =>
      page.evaluate(() => {
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
    await page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(gap).toBe(before);
    await page.evaluate(() => window.scrollBy(0, 2000));
    await expect(dialogOf(page)).toHaveCount(0);
  });

  test('clicks that page scripts fake do nothing', async ({ page, worker }) => {
    await loadBasic(page, worker.origin);
    await openByHover(page);
    const pagesBefore = worker.context.pages().length;
    await page.evaluate(() => {
      const root = document.querySelector('d3k2-card')?.shadowRoot;
      for (const el of root?.querySelectorAll<HTMLElement>('button, a') ?? []) el.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await page.waitForTimeout(400);
    await expect(dialogOf(page)).toBeVisible();
    expect(await highlightCount(page)).toBe(3);
    expect(worker.context.pages().length).toBe(pagesBefore);
  });

  test('a single-page navigation closes the card; a replaceState to the same address does not', async ({
    page,
    worker,
  }) => {
    await loadBasic(page, worker.origin);
    await openByHover(page);
    await page.evaluate(() => history.replaceState({ scroll: 1 }, '', location.href));
    await page.waitForTimeout(400);
    await expect(dialogOf(page)).toBeVisible();
    await page.evaluate(() => history.pushState({}, '', '?view=2'));
    await expect(dialogOf(page)).toHaveCount(0);
    // The mentions are still on the page, so the card opens again.
    await page.mouse.move(0, 0);
    await openByHover(page);
  });

  test('"Don\'t highlight on this site" turns it off for the site; "Settings" opens options', async ({
    page,
    worker,
  }) => {
    await loadBasic(page, worker.origin);
    await openByHover(page);
    const optionsPage = worker.context.waitForEvent('page');
    await dialogOf(page).getByRole('button', { name: 'Settings' }).click();
    await expect((await optionsPage).url()).toContain('/options.html');
    await (await optionsPage).close();

    await openByHover(page);
    await dialogOf(page).getByRole('button', { name: "Don't highlight on this site" }).click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect(dialogOf(page)).toHaveCount(0);

    // Put things back for the tests that follow.
    const settings = await worker.context.newPage();
    await settings.goto(`chrome-extension://${worker.extensionId}/popup.html`);
    await settings.evaluate(() => chrome.storage.local.clear());
    await settings.close();
    await expect.poll(() => highlightCount(page)).toBe(3);
  });

  test('hostile page CSS does not change the card', async ({ page, worker }) => {
    const sizeWith = async (css: string) => {
      await page.goto(`${worker.origin}/fixtures/hostile.html?css=${encodeURIComponent(css)}`);
      await expect.poll(() => highlightCount(page)).toBe(1);
      await page.mouse.move(1, 1);
      await openByHover(page);
      await page.waitForTimeout(200);
      return page.evaluate(() => {
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
    page,
    worker,
  }) => {
    const passes = () =>
      page.evaluate(() => [
        ...new Set(
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('d3k2:'))
            .map((m) => m.name.slice(5)),
        ),
      ]);
    await page.goto(`${worker.origin}/fixtures/no-mentions.html`);
    await waitForScan(page);
    await page.mouse.move(100, 100);
    await page.mouse.move(200, 120);
    await page.waitForTimeout(500);
    expect(await page.locator('d3k2-card').count()).toBe(0);
    expect(await highlightCount(page)).toBe(0);
    // No settings read, no engine, nothing painted, and no search for shadow roots (the page
    // has no custom element): loading, setting up and the look.
    expect((await passes()).sort()).toEqual(['load', 'scan', 'setup']);
    // Loading is counted from before our modules run, and ends where setting up begins.
    const { load, setup } = await page.evaluate(() => {
      const [load] = performance.getEntriesByName('d3k2:load');
      const [setup] = performance.getEntriesByName('d3k2:setup');
      return { load: load?.toJSON(), setup: setup?.toJSON() };
    });
    expect(load.startTime).toBeGreaterThan(0);
    expect(load.startTime + load.duration).toBeLessThanOrEqual(setup.startTime);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Now it mentions vitamin D3.';
      document.body.append(p);
    });
    await expect.poll(() => highlightCount(page)).toBe(1);
    expect(await passes()).toEqual(expect.arrayContaining(['settings', 'paint']));
  });
});

test('the K2 line shows only where the page mentions K2; a click outside closes the card', async ({
  page,
  worker,
}) => {
  const note = (p: Page) => dialogOf(p).getByText('This page mentions vitamin K2 as well.');
  await page.goto(`${worker.origin}/fixtures/basic.html`); // mentions vitamin K2
  await expect.poll(() => highlightCount(page)).toBe(3);
  await openByHover(page);
  await expect(note(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(dialogOf(page)).toHaveCount(0);

  await page.goto(`${worker.origin}/fixtures/long.html`); // does not
  await waitForScan(page);
  await openByHover(page);
  await expect(note(page)).toHaveCount(0);
});
