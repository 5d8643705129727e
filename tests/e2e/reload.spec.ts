import { can } from '../driver/capabilities';
import { expect, test, withDriver } from '../driver/fixture';
import { MentionPage } from '../driver/pages';
import { hold, poll } from '../driver/poll';

// The extension installed again over itself, as on an update or a reload. Chrome leaves the
// old content script running, cut off, and injects the new one only into pages loaded
// afterwards: the orphan must stop cleanly at the first event it would handle, and a reloaded
// page has one of everything. Firefox drops the old instance's sandbox at once (it cannot
// clean up) and injects the new one into open tabs: the new one must clear what the old left.
// Either way the page ends with one card and one set of highlights. A browser of its own: the
// worker's keeps one instance throughout.
test('after the extension is reloaded, the old instance stops cleanly and one of everything is left', async ({
  server,
}) => {
  await withDriver(server.origin, {}, async (driver) => {
    const page = new MentionPage(driver, await driver.newTab());
    const errors = page.tab.collectErrors({ console: false });
    await page.load('basic.html', 3);
    const { x, y } = await page.openCard(0);
    const scans = () => page.tab.evaluate(() => performance.getEntriesByName('d3k2:scan').length);
    const scansBefore = await scans();

    await driver.reinstallExtension();

    if (can('updateReachesOpenTabs')) {
      // The new instance has started scanning: the old card is gone with its host.
      await poll(scans, (n) => n > scansBefore, { message: 'a scan by the new instance' });
      await poll(() => page.card.hosts(), 0, { message: 'card hosts' });
      // The new first look wakes a new engine, which paints a little later.
      await page.expectCount(3);
    } else {
      // The orphan notices on the next pointer event: highlights, card and host go.
      const afterNudge = async () => {
        await page.tab.move(x + 1, y);
        await page.tab.move(x, y);
        return page.highlightCount();
      };
      await poll(afterNudge, 0, { message: "the orphan's highlights" });
      expect(await page.card.hosts()).toBe(0);
      // A reload brings the new instance.
      await page.tab.reload();
      await page.expectCount(3);
    }

    // The new instance works: one card, on the same mention, and three highlights.
    await page.tab.move(5, 5);
    await hold(400); // the pointer rests away: coming back is a new hover
    await page.tab.move(x, y);
    await page.card.waitOpen();
    expect(await page.card.hosts()).toBe(1);
    expect(await page.highlightCount()).toBe(3);
    expect(errors).toEqual([]);
  });
});
