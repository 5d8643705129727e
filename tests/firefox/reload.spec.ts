import { expect, test } from '@playwright/test';
import {
  cardState,
  FIREFOX_BUILD,
  highlightCount,
  hoverFirstMention,
  sleep,
  useFirefox,
  waitFor,
} from './firefox';

const ff = useFirefox();

// Firefox, on an update or reload, drops the old instance's sandbox at once (it cannot clean
// up) and injects the new one into open tabs. The new one must clear what the old left, and
// leave one card and one set of highlights.
test('Firefox ESR: after the add-on is reloaded, no stale card and no duplicates', async () => {
  const page = await ff.firefox.newPage();
  const first = await hoverFirstMention(page, ff.origin);
  expect(first.painted).toBe(3);
  expect(first.open).toBe(true);
  const { x, y } = first.point;

  const hosts = () => page.evaluate(() => document.querySelectorAll('d3k2-card').length);
  const scans = () => page.evaluate(() => performance.getEntriesByName('d3k2:scan').length);
  const scansBefore = await scans();
  await ff.firefox.installExtension(FIREFOX_BUILD);
  // The new instance has started scanning: the old card is gone with its host.
  expect(await waitFor(async () => (await scans()) > scansBefore, true)).toBe(true);
  expect(await waitFor(hosts, 0)).toBe(0);
  // The new first look wakes a new engine, which paints a little later.
  expect(await waitFor(() => highlightCount(page), 3)).toBe(3);

  // And the new instance works: one card, on the same mention.
  await page.mouse.move(5, 5);
  await sleep(400);
  await page.mouse.move(x, y);
  expect(await waitFor(async () => (await cardState(page)).open, true)).toBe(true);
  expect(await hosts()).toBe(1);
  expect(await highlightCount(page)).toBe(3);
  await page.close();
});
