import { can, hasBug, KNOWN_BUGS, without } from '../driver/capabilities';
import { expect, test } from '../driver/fixture';
import { poll } from '../driver/poll';
import { HOSTILE_PAGES } from '../fixtures/hostile-pages';

// Each hostile page is served with its own headers from the test server's origin (the test
// proxy answers for it). The extension must paint what it should, open its card, keep up with
// changes, throw nothing, and never hold the main thread for 50 ms or more.
for (const hostile of HOSTILE_PAGES) {
  test(`hostile page: ${hostile.name}`, { tag: '@timing' }, async ({
    mentionPage: page,
    driver,
  }) => {
    // Megabytes of page: loading alone takes Chromium seconds on a busy machine.
    test.setTimeout(60_000);
    const url = `${driver.origin}/hostile/${encodeURIComponent(hostile.name)}`;
    driver.route(url, { status: 200, headers: hostile.headers, body: hostile.body });
    // Errors of the page and of our content script's world (both browsers report both), but
    // the page's own refusals (Firefox reports a CSP refusal as an error of the page).
    const refusals = /Content[ -]Security[ -]Policy|Trusted Type/;
    const errors = page.tab.collectErrors({
      console: refusals,
      uncaught: new RegExp(`sabotaged|${refusals.source}`),
    });

    await page.tab.goto(url);
    // Read with plain evaluations throughout: the page may have replaced Array's methods,
    // which the protocols' own waiting helpers use.
    await poll(
      () => page.tab.evaluate(() => performance.getEntriesByName('d3k2:scan').length),
      (n) => n > 0,
      { timeout: 20_000, message: 'a first scan' },
    );
    await page.expectCount(hostile.painted);

    for (const [i, expected] of (hostile.frames ?? []).entries()) {
      const frame = page.tab.frames()[i + 1];
      if (!frame) throw new Error(`frame ${i} is missing`);
      await poll(
        () => frame.evaluate(() => performance.getEntriesByName('d3k2:scan').length),
        (n) => n > 0,
        { timeout: 10_000, message: `a first scan in frame ${i}` },
      );
      const count = () => frame.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0);
      if (expected) await poll(count, (n) => n > 0, { message: `highlights in frame ${i}` });
      else expect(await count()).toBe(0);
    }

    const cardSkipped = hostile.cardNeeds !== undefined && !can(hostile.cardNeeds);
    if (hostile.card && cardSkipped && hostile.cardNeeds) {
      test
        .info()
        .annotations.push({ type: 'skip', description: `the card: ${without(hostile.cardNeeds)}` });
    }
    if (hostile.card && !cardSkipped) {
      // The first painted range (paint order is document order); no Array methods, which a
      // page may have replaced.
      const point = await page.tab
        .evaluate(() => {
          const range = (CSS.highlights.get('d3k2-mention') as Highlight).values().next()
            .value as Range;
          // Scrolled to the range itself: its element may be one 10 MB paragraph.
          const top = (range.getClientRects()[0] as DOMRect).top;
          window.scrollBy(0, top - innerHeight / 2);
          const box = range.getClientRects()[0] as DOMRect;
          // A string: an object would be built with the page's own (replaced) built-ins.
          return JSON.stringify({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
        })
        .then((json) => JSON.parse(json) as { x: number; y: number });
      await page.tab.move(point.x, point.y);
      // The card's width once open (0 while closed), as a number: see above.
      const cardWidth = () =>
        page.tab.evaluate(
          () =>
            (
              document
                .querySelector('d3k2-card')
                ?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null
            )?.offsetWidth ?? 0,
        );
      await poll(cardWidth, (w) => w > 200, { timeout: 20_000, message: 'the card open' });
    }

    if (hostile.live) {
      await page.tab.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Added later: vitamin D3.';
        document.body.append(p);
      });
      await page.expectCount(hostile.painted + 1);
    }

    // Our longest measure and its name, as a string: a plain loop and no objects, as the page
    // may have replaced Array's methods. Firefox's d3k2:load holds the browser's own setting
    // up of the extension API (capability quickContentScriptStart).
    const longestTask = async () =>
      JSON.parse(
        await page.tab.evaluate((withLoad) => {
          let max = 0;
          let name = '';
          for (const e of performance.getEntriesByType('measure')) {
            if (!e.name.startsWith('d3k2:') || (!withLoad && e.name === 'd3k2:load')) continue;
            if (e.duration > max) {
              max = e.duration;
              name = e.name;
            }
          }
          return JSON.stringify([name, max]);
        }, can('quickContentScriptStart')),
      ) as [string, number];
    let [name, longest] = await longestTask();
    const pinned = hostile.slowWith !== undefined && hasBug(hostile.slowWith);
    // Best of two loads: a task of ours that is long is long every time, while a stall of
    // this shared 2-core machine (another browser starting, a collection) hits one load at
    // random, and did in 3 of 8 pages in one run.
    if (longest >= 50 && !pinned) {
      const first = `${name} ${longest.toFixed(0)} ms`;
      await page.tab.reload();
      await poll(
        () => page.tab.evaluate(() => performance.getEntriesByName('d3k2:scan').length),
        (n) => n > 0,
        { timeout: 20_000, message: 'a first scan after the reload' },
      );
      await page.expectCount(hostile.painted);
      [name, longest] = await longestTask();
      console.log(`hostile page ${hostile.name}: first load ${first}, second ${name} ${longest}`);
    }
    expect(errors).toEqual([]);
    if (pinned && hostile.slowWith) {
      // Pinned: once this fails, the bug is fixed; drop the entry in capabilities.ts.
      const bug = KNOWN_BUGS[hostile.slowWith].what;
      test.info().annotations.push({ type: 'known bug', description: bug });
      expect(longest, `known bug, still there: ${bug}`).toBeGreaterThanOrEqual(50);
    } else {
      expect(longest, `longest task of ours (ms): ${name}`).toBeLessThan(50);
    }
  });
}
