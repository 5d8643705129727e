import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import {
  cardState,
  highlightCount,
  mentionPoint,
  openOptionsPage,
  sleep,
  useFirefox,
  waitFor,
} from './firefox';

let page: Page;

const ff = useFirefox();
test.beforeEach(async () => {
  page = await ff.firefox.newPage();
  await page.setViewport({ width: 1000, height: 700 });
});
test.afterEach(async () => {
  await page.close();
});

const isOpen = async () => (await cardState(page)).open;

async function load(fixture: string, mentions: number) {
  await page.goto(`${ff.origin}/fixtures/${fixture}`);
  expect(await waitFor(() => highlightCount(page), mentions)).toBe(mentions);
}

async function hover(n = 0) {
  const { x, y } = await mentionPoint(page, n);
  await page.mouse.move(x, y);
  expect(await waitFor(isOpen, true)).toBe(true);
}

test('Firefox ESR: Escape closes; the pointer can travel into the card', async () => {
  await load('basic.html', 3);
  await hover(1);
  await page.keyboard.press('Escape');
  expect(await waitFor(isOpen, false)).toBe(false);

  await hover(0);
  const { rect } = await cardState(page);
  if (!rect) throw new Error('no card');
  await page.mouse.move((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2, { steps: 8 });
  await sleep(700);
  expect(await isOpen()).toBe(true);
  await page.mouse.move(rect.right + 150, rect.bottom + 20, { steps: 4 });
  expect(await waitFor(isOpen, false)).toBe(false);
});

test('Firefox ESR: the card stays inside the viewport at every edge', async () => {
  await load('edges.html', 8);
  for (let n = 0; n < 8; n++) {
    await page.keyboard.press('Escape');
    expect(await waitFor(isOpen, false)).toBe(false);
    await hover(n);
    const inside = async () => {
      const { rect } = await cardState(page);
      return (
        rect !== null && rect.left >= 0 && rect.top >= 0 && rect.right <= 1000 && rect.bottom <= 700
      );
    };
    expect(await waitFor(inside, true), `mention #${n}`).toBe(true);
  }
});

test('Firefox ESR: the keyboard command opens and focuses the next card', async () => {
  await load('long.html', 2);
  await page.focus('#before');
  // The message the background sends for the command (see utils/commands.ts).
  const options = await openOptionsPage(ff.firefox, ff.origin);
  await options.evaluate(async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) {
        await browser.tabs.sendMessage(tab.id, { type: 'next-mention' }).catch(() => undefined);
      }
    }
  });
  await options.close();
  await page.bringToFront();
  expect(await waitFor(async () => (await cardState(page)).focusInCard, true)).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect((await cardState(page)).focusInCard).toBe(true);
  await page.keyboard.press('Escape');
  expect(await waitFor(isOpen, false)).toBe(false);
  expect((await cardState(page)).pageFocus).toBe('before');
});

// A tap opens the card: tests/e2e/touch.spec.ts, in both browsers.

test('Firefox ESR: hostile CSS does not change the card; fake clicks do nothing', async () => {
  const measure = async (css: string) => {
    await load(`hostile.html?css=${encodeURIComponent(css)}`, 1);
    await page.mouse.move(1, 1);
    await hover(0);
    await sleep(250);
    const { width, height, fontSize } = await cardState(page);
    return { width, height, fontSize };
  };
  const baseline = await measure('');
  for (const css of [
    '* { all: unset !important; font-size: 40px !important; }',
    'div { display: none !important; }',
    'body { transform: scale(2); transform-origin: 0 0; }',
  ]) {
    expect(await measure(css), css).toEqual(baseline);
  }

  await page.evaluate(() => {
    const root = document.querySelector('d3k2-card')?.shadowRoot;
    for (const el of root?.querySelectorAll<HTMLElement>('button, a') ?? []) el.click();
  });
  await sleep(400);
  expect(await isOpen()).toBe(true);
  expect(await highlightCount(page)).toBe(1);
});

// Hit testing: tests/e2e/hit-test.spec.ts, in both browsers.
