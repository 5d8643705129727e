import { expect, test } from './fixtures';
import { highlightCount, waitForScan } from './page-helpers';

declare global {
  interface Window {
    addParagraph(text: string): HTMLParagraphElement;
    timeToPaint(text: string): Promise<number>;
    paintedCount(): number;
    feed(): HTMLElement;
  }
}

test.describe('living pages in Chromium', () => {
  test.beforeEach(async ({ page, worker }) => {
    await page.goto(`${worker.origin}/fixtures/dynamic.html`);
    await waitForScan(page);
  });

  test('an open shadow root is scanned, and one attached later too', async ({ page }) => {
    await expect.poll(() => highlightCount(page)).toBe(1);
    await page.evaluate(() => {
      const host = document.createElement('x-late');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>Later: D3 + K2 drops.</p>';
    });
    await expect.poll(() => highlightCount(page)).toBe(2);
    const inShadow = await page.evaluate(() =>
      [...(CSS.highlights.get('d3k2-mention') ?? [])].map(
        (r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot,
      ),
    );
    expect(inShadow).toEqual([true, true]);
  });

  test('a shadow root inside a shadow root is scanned too', async ({ page }) => {
    await expect.poll(() => highlightCount(page)).toBe(1);
    await page.evaluate(() => {
      const outer = document.createElement('x-outer');
      const shadow = outer.attachShadow({ mode: 'open' });
      const inner = document.createElement('x-inner');
      inner.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested: vitamin D3 with K2.</p>';
      shadow.append(inner);
      document.body.append(outer);
    });
    await expect.poll(() => highlightCount(page)).toBe(2);
  });

  test('rescanning around a shadow host, or the whole page, paints its mentions once', async ({
    page,
  }) => {
    await expect.poll(() => highlightCount(page)).toBe(1);
    await page.evaluate(() => {
      const block = window.addParagraph('Around the host: ');
      block.id = 'around';
      const host = document.createElement('x-host');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside: vitamin D3.</p>';
      block.append(host);
    });
    await expect.poll(() => highlightCount(page)).toBe(2);
    // An edit beside the host makes its block a rescan root, and the host comes with it.
    await page.evaluate(() => {
      (document.getElementById('around')?.firstChild as Text).data = 'Edited beside the host: ';
    });
    await page.waitForTimeout(300);
    expect(await highlightCount(page)).toBe(2);
    // A burst rescans the page; the shadow roots follow in idle time, each once.
    await page.evaluate(() => {
      for (let i = 0; i < 3000; i++) window.addParagraph(`Filler ${i}.`);
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      for (let i = 0; i < 3000; i++) window.addParagraph(`More filler ${i}.`);
    });
    await page.waitForTimeout(1000);
    expect(await highlightCount(page)).toBe(2);
  });

  test('new mentions are painted within 200 ms of being inserted', async ({ page }) => {
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      delays.push(await page.evaluate((n) => window.timeToPaint(`Item ${n}: vitamin D3.`), i));
    }
    console.log(`Insert to paint: ${delays.map((d) => d.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...delays)).toBeLessThan(200);
  });

  test('edited text gains and loses its mention', async ({ page }) => {
    await page.evaluate(() => {
      window.addParagraph('We compared vitamin D2 with the rest.').id = 'edit';
    });
    await page.waitForTimeout(150);
    const before = await highlightCount(page);
    await page.evaluate(() => {
      const text = document.getElementById('edit')?.firstChild as Text;
      text.data = 'We compared vitamin D3 with the rest.';
    });
    await expect.poll(() => highlightCount(page)).toBe(before + 1);
    await page.evaluate(() => {
      const text = document.getElementById('edit')?.firstChild as Text;
      text.data = 'We compared nothing with the rest.';
    });
    await expect.poll(() => highlightCount(page)).toBe(before);
  });

  test('removed text leaves no range behind, round after round', async ({ page }) => {
    // The fixture's one mention, in a shadow root.
    const base = 1;
    await expect.poll(() => highlightCount(page)).toBe(base);
    for (let round = 0; round < 30; round++) {
      await page.evaluate(() => {
        for (let i = 0; i < 20; i++) window.addParagraph(`Round item ${i}: vitamin D3.`);
      });
      await expect.poll(() => highlightCount(page)).toBe(base + 20);
      await page.evaluate(() => window.feed().replaceChildren());
      await expect.poll(() => highlightCount(page)).toBe(base);
    }
  });

  test('a burst of thousands of nodes is handled in one pass', async ({ page }) => {
    await page.evaluate(() => {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 5000; i++) {
        const p = document.createElement('p');
        p.textContent = i % 50 === 0 ? `Burst ${i}: cholecalciferol.` : `Burst ${i}: nothing here.`;
        fragment.append(p);
      }
      // Many separate insertions, so the observer sees thousands of added nodes.
      for (const p of [...fragment.childNodes]) window.feed().append(p);
    });
    await expect.poll(() => highlightCount(page)).toBe(1 + 100);
    const longest = await page.evaluate(() =>
      Math.max(
        ...performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('d3k2:'))
          .map((m) => m.duration),
      ),
    );
    expect(longest).toBeLessThan(50);
  });

  test('single-page navigation: the new view is scanned and the old one forgotten', async ({
    page,
  }) => {
    await page.evaluate(() => window.addParagraph('Old view: vitamin D3.'));
    await expect.poll(() => highlightCount(page)).toBe(2);
    await page.evaluate(() => {
      history.pushState({}, '', '?view=2');
      window.feed().replaceChildren();
      window.addParagraph('New view: D3 2000 IU and cholecalciferol.');
    });
    await expect.poll(() => highlightCount(page)).toBe(3);
    const texts = await page.evaluate(() =>
      [...(CSS.highlights.get('d3k2-mention') ?? [])].map((r) => (r as Range).toString()).sort(),
    );
    expect(texts).toEqual(['D3', 'cholecalciferol', 'vitamin D3']);
  });
});

test('a same-origin frame gets its own highlights', async ({ page, worker }) => {
  await page.goto(`${worker.origin}/fixtures/frames.html`);
  await expect.poll(() => highlightCount(page)).toBe(1);
  const frame = page.frame({ url: /basic\.html$/ });
  if (!frame) throw new Error('no frame');
  await expect
    .poll(() => frame.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0))
    .toBe(3);
});
