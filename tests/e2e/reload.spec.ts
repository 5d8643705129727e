import { can, expect, poll, reason, test } from './driver/fixture';
import { BUILDS } from './driver/launch';

// Installing the same folder again is how a test reloads the extension, as on an update: the
// same id, a new instance. The two browsers treat the pages already open differently, so each
// has its own test; both end with one card and one set of highlights.

test('Chromium: after the extension is reloaded, the old instance stops cleanly and a reload recovers', async ({
  driver,
  mentions,
}) => {
  // Chromium leaves the old content script running, cut off, and injects the new one only
  // into pages loaded afterwards. The orphan must stop cleanly at the first event it handles.
  test.skip(!can('orphanedContentScript'), reason('orphanedContentScript'));
  const page = mentions.page;
  const hosts = () => page.evaluate(() => document.querySelectorAll('d3k2-card').length);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await mentions.load('basic.html', 3);
  const { x, y } = await mentions.openByHover(0);

  await driver.browser.installExtension(BUILDS[driver.name]);

  // The orphan notices on the next pointer event: highlights, card and host go.
  await poll(async () => {
    await page.mouse.move(x + 1, y);
    await page.mouse.move(x, y);
    return mentions.count();
  }, 0);
  expect(await hosts()).toBe(0);

  // A reload brings the new instance: three highlights and one card.
  await page.reload();
  await poll(() => mentions.count(), 3);
  await page.mouse.move(5, 5);
  await page.mouse.move(x, y);
  await mentions.card.waitOpen();
  expect(await hosts()).toBe(1);
  expect(errors).toEqual([]);
});

test('Firefox: after the add-on is reloaded, no stale card and no duplicates', async ({
  driver,
  mentions,
}) => {
  // Firefox drops the old instance's sandbox at once (it cannot clean up) and injects the new
  // one into open tabs. The new one must clear what the old left.
  test.skip(!can('reinjectOnReload'), reason('reinjectOnReload'));
  const page = mentions.page;
  const hosts = () => page.evaluate(() => document.querySelectorAll('d3k2-card').length);
  const scans = () => page.evaluate(() => performance.getEntriesByName('d3k2:scan').length);
  await mentions.load('basic.html', 3);
  const { x, y } = await mentions.openByHover(0);
  const scansBefore = await scans();

  await driver.browser.installExtension(BUILDS[driver.name]);
  // The new instance has started scanning: the old card is gone with its host.
  await poll(scans, (n) => n > scansBefore);
  await poll(hosts, 0);
  // The new first look wakes a new engine, which paints a little later.
  await poll(() => mentions.count(), 3);

  // And the new instance works: one card, on the same mention.
  await page.mouse.move(5, 5);
  await mentions.card.waitClosed();
  await page.mouse.move(x, y);
  await mentions.card.waitOpen();
  expect(await hosts()).toBe(1);
  expect(await mentions.count()).toBe(3);
});
