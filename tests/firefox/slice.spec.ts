import { expect, test } from '@playwright/test';
import {
  highlightCount,
  hoverFirstMention,
  mentionPoint,
  sleep,
  useFirefox,
  waitFor,
} from './firefox';

const ff = useFirefox();

const cardIsOpen = (page: import('puppeteer-core').Page) =>
  page.evaluate(
    () => document.querySelector('d3k2-card')?.shadowRoot?.querySelector('[role="dialog"]') != null,
  );

test('Firefox ESR: mentions are highlighted and the card opens on hover', async () => {
  const page = await ff.firefox.newPage();
  await page.goto(`${ff.origin}/fixtures/basic.html`);
  expect(await waitFor(() => highlightCount(page), 3)).toBe(3);

  const { x, y } = await mentionPoint(page, 0);
  await page.mouse.move(x, y);
  expect(await waitFor(() => cardIsOpen(page), true)).toBe(true);
  const href = await page.evaluate(
    () =>
      document
        .querySelector('d3k2-card')
        ?.shadowRoot?.querySelector('a.primary')
        ?.getAttribute('href') ?? null,
  );
  expect(href).toContain('forheartstrong.com');

  await page.mouse.move(5, 5);
  expect(await waitFor(() => cardIsOpen(page), false)).toBe(false);
  await page.close();
});

test('Firefox ESR: the page hears no message from the extension, with its card open', async () => {
  const page = await ff.firefox.newPage();
  const { painted, open } = await hoverFirstMention(page, ff.origin, 'message-listener.html', 1);
  expect(painted).toBe(1);
  expect(open).toBe(true);
  await sleep(300);
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  await page.close();
});
