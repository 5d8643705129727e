// The card on every screen: a right-to-left page, 1280 × 800 at 200% zoom (640 × 400), and a
// phone (360 × 640, touch), where it is a sheet at the bottom of what the reader sees.
import { can } from '../driver/capabilities';
import { expect, test } from '../driver/fixture';
import type { MentionPage } from '../driver/pages';
import { poll } from '../driver/poll';

type Box = { left: number; top: number; right: number; bottom: number };

/** Runs in the page: the open card, mention `index` and the visual viewport, as measured. */
function measure(index: number) {
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const root = document.querySelector('d3k2-card')?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[index];
  const vv = window.visualViewport;
  if (!dialog || !range || !vv) return null;
  const card = dialog.getBoundingClientRect();
  // What the sheet's own scale and the page's zoom make of a CSS px, as the reader sees it.
  const seen = (card.width / dialog.offsetWidth) * vv.scale;
  const why = dialog.querySelector('[aria-expanded]');
  return {
    card: box(card),
    mention: box(range.getBoundingClientRect()),
    view: {
      left: vv.offsetLeft,
      top: vv.offsetTop,
      right: vv.offsetLeft + vv.width,
      bottom: vv.offsetTop + vv.height,
    },
    scale: vv.scale,
    sheet: dialog.classList.contains('sheet'),
    expanded: why?.getAttribute('aria-expanded') === 'true',
    fontSeen: Number.parseFloat(getComputedStyle(dialog).fontSize) * seen,
    targets: [...dialog.querySelectorAll<HTMLElement>('button, a[href]')]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent ?? '',
          width: r.width * vv.scale,
          height: r.height * vv.scale,
        };
      }),
  };
}

type Measured = NonNullable<ReturnType<typeof measure>>;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What is wrong with where a floating card is (nothing: ''). */
function cardProblems(m: Measured | null, viewport: { width: number; height: number }): string {
  if (!m) return 'no card';
  const { card, mention } = m;
  const out = [];
  if (card.left < 0 || card.top < 0 || card.right > viewport.width || card.bottom > viewport.height)
    out.push(`outside the viewport: ${JSON.stringify(card)}`);
  if (overlaps(card, mention)) out.push(`over its mention ${JSON.stringify(mention)}`);
  return out.join('; ');
}

/**
 * What is wrong with the sheet (nothing: ''). `tol`: a layout px as seen, rounding.
 * `mention`: check that the mention is in sight and uncovered too.
 */
function sheetProblems(m: Measured | null, mention = true): string {
  if (!m) return 'no card';
  const { card, view } = m;
  const tol = 1.5 / m.scale;
  const out = [];
  if (!m.sheet) out.push('not a sheet');
  if (Math.abs(card.left - view.left) > tol || Math.abs(card.right - view.right) > tol)
    out.push(`not the visual viewport's width: ${JSON.stringify({ card, view })}`);
  if (Math.abs(card.bottom - view.bottom) > tol && Math.abs(card.top - view.top) > tol)
    out.push(`at neither edge of the visual viewport: ${JSON.stringify({ card, view })}`);
  if (card.top < view.top - tol || card.bottom > view.bottom + tol)
    out.push(`taller than the visual viewport: ${JSON.stringify({ card, view })}`);
  if (!mention) return out.join('; ');
  if (m.mention.top < view.top || m.mention.bottom > view.bottom)
    out.push(`the mention is out of sight: ${JSON.stringify({ mention: m.mention, view })}`);
  if (overlaps(card, m.mention))
    out.push(`over its mention: ${JSON.stringify({ card, mention: m.mention })}`);
  return out.join('; ');
}

/** The sheet's own checks once it is at rest: text size and tap targets, as seen. */
function expectReadable(m: Measured) {
  expect(m.fontSeen, 'body text as seen, CSS px').toBeGreaterThanOrEqual(14);
  expect(m.fontSeen, 'body text as seen, CSS px').toBeLessThanOrEqual(16.5);
  expect(m.targets.length).toBeGreaterThanOrEqual(2);
  for (const t of m.targets) {
    expect(t.width, `${t.name} width`).toBeGreaterThanOrEqual(43.5);
    expect(t.height, `${t.name} height`).toBeGreaterThanOrEqual(43.5);
  }
}

test.describe('the card on every screen', () => {
  test('on a right-to-left page the English card reads left to right', async ({
    mentionPage: page,
  }) => {
    await page.open('rtl.html');
    await page.settle();
    expect(await page.highlightCount()).toBeGreaterThanOrEqual(1);
    expect(await page.tab.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await page.openCard(0);
    const look = await page.tab.evaluate(() => {
      const root = document.querySelector('d3k2-card')?.shadowRoot;
      const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
      const title = root?.querySelector('h2')?.getBoundingClientRect();
      const close = root?.querySelector('button')?.getBoundingClientRect();
      if (!dialog || !title || !close) return null;
      const s = getComputedStyle(dialog);
      return {
        direction: s.direction,
        dir: dialog.dir,
        lang: dialog.lang,
        textAlign: s.textAlign,
        // In a left-to-right card the close button ends the title row, on the right.
        closeAfterTitle: close.left >= title.right,
      };
    });
    expect(look).toEqual({
      direction: 'ltr',
      dir: 'ltr',
      lang: 'en',
      textAlign: 'start',
      closeAfterTitle: true,
    });
  });

  test('640 × 400 (200% zoom): for a dozen mentions, compact and expanded, the card is inside and off its mention', async ({
    mentionPage: page,
  }) => {
    const viewport = { width: 640, height: 400 };
    await page.tab.setViewport(viewport.width, viewport.height);
    await page.load('zoomed.html', 12);
    const client = await page.tab.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    }));
    for (let n = 0; n < 12; n++) {
      await page.tab.press('Escape');
      await page.card.waitClosed();
      await page.hover(n, 'none');
      await page.card.waitOpen();
      await poll(() => page.tab.evaluate(measure, n).then((m) => cardProblems(m, client)), '', {
        message: `compact card for mention #${n}`,
      });
      // Keyboard: the disclosure is a button, and Enter opens it. The pointer stays on the
      // mention, so the card stays open.
      await page.card.why().press('Enter');
      await poll(
        () =>
          page.tab.evaluate(measure, n).then((m) => (m?.expanded ? cardProblems(m, client) : '-')),
        '',
        { message: `expanded card for mention #${n}` },
      );
      // It grew: it must be taller than the compact card was, or capped and scrolling.
      const grown = await page.tab.evaluate(() => {
        const d = document.querySelector('d3k2-card')?.shadowRoot?.querySelector('.card');
        return d ? d.scrollHeight > 200 : false;
      });
      expect(grown).toBe(true);
    }
  });

  test('"Why?" shows the full explanation and hides it again, and the next card starts compact', async ({
    mentionPage: page,
  }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    const why = page.card.why();
    expect(await why.attribute('aria-expanded')).toBe('false');
    const controls = await why.attribute('aria-controls');
    expect(controls).toBeTruthy();
    const region = (id: string) =>
      page.tab.evaluate((i) => {
        const el = document.querySelector('d3k2-card')?.shadowRoot?.getElementById(i);
        return el ? { hidden: !el.checkVisibility(), text: (el.textContent ?? '').trim() } : null;
      }, id);
    expect(await region(controls as string)).toEqual({ hidden: true, text: '' });
    const compact = await page.card.text();
    expect(compact).toContain('vitamin K2');
    expect(compact).not.toContain('not medical advice');
    expect(await page.card.role('link', 'Read the full article').count()).toBe(0);

    await why.press('Enter');
    await poll(() => why.attribute('aria-expanded'), 'true', { message: 'expanded' });
    expect((await region(controls as string))?.hidden).toBe(false);
    expect(await page.card.text()).toContain('not medical advice');
    expect(await page.card.role('link', 'Read the full article').isVisible()).toBe(true);
    expect(await page.card.button("Don't highlight on this site").isVisible()).toBe(true);

    await page.tab.press('Space');
    await poll(() => why.attribute('aria-expanded'), 'false', { message: 'collapsed' });
    expect(await page.card.role('link', 'Read the full article').count()).toBe(0);

    await page.tab.press('Enter');
    await poll(() => why.attribute('aria-expanded'), 'true', { message: 'expanded again' });
    await page.tab.press('Escape');
    await page.card.waitClosed();
    await page.tab.move(1, 1);
    await page.openCard(1);
    expect(await page.card.why().attribute('aria-expanded')).toBe('false');
  });

  for (const fixture of ['phone.html', 'phone-no-meta.html']) {
    test(`a phone (360 × 640, touch), ${fixture}: a sheet in the visual viewport, the tapped mention in sight above it`, async ({
      mentionPage: page,
    }) => {
      const mobile = can('mobileViewport');
      await page.tab.setViewport(360, 640, { mobile, touch: true, scale: 2 });
      await page.load(fixture, 4);
      await page.settle();
      const scale = await page.tab.evaluate(() => window.visualViewport?.scale ?? 1);
      // Without a viewport meta a phone lays the page out at 980 px and zooms out.
      if (mobile && fixture === 'phone-no-meta.html') expect(scale).toBeLessThan(0.5);
      else expect(scale).toBeCloseTo(1, 2);

      // The second mention, at the bottom of the screen, where a sheet would cover it. (Taps
      // are given in the page's CSS px, as its events report them, whatever the zoom.)
      const point = await page.mentionPoint(1, 'end');
      const seenY = await page.tab.evaluate((y) => {
        const vv = window.visualViewport;
        return vv ? (y - vv.offsetTop) * vv.scale : y;
      }, point.y);
      expect(seenY).toBeGreaterThan(400);
      const scrollY = () => page.tab.evaluate(() => window.scrollY);
      const before = await scrollY();
      await page.tab.tap(point.x, point.y);
      await page.card.waitOpen();
      await page.card.waitStill();
      await poll(() => page.tab.evaluate(measure, 1).then(sheetProblems), '', {
        message: 'the compact sheet',
      });
      const compact = (await page.tab.evaluate(measure, 1)) as Measured;
      expectReadable(compact);
      // It would have covered the mention: the page scrolled just enough, and the sheet is at
      // the bottom, not moved to the top.
      expect(await scrollY()).toBeGreaterThan(before);
      expect(Math.abs(compact.card.bottom - compact.view.bottom)).toBeLessThanOrEqual(
        1.5 / compact.scale,
      );

      // A tap on "Why?" opens the rest (and a finger lifted inside does not close it).
      const why = await page.tab.evaluate(() => {
        const b = document
          .querySelector('d3k2-card')
          ?.shadowRoot?.querySelector('[aria-expanded]')
          ?.getBoundingClientRect();
        return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
      });
      if (!why) throw new Error('no "Why?" button');
      await page.tab.tap(why.x, why.y);
      await poll(() => page.tab.evaluate(measure, 1).then((m) => m?.expanded ?? false), true, {
        message: 'the sheet expanded',
      });
      await poll(() => page.tab.evaluate(measure, 1).then(sheetProblems), '', {
        message: 'the expanded sheet',
      });
      const expanded = (await page.tab.evaluate(measure, 1)) as Measured;
      expectReadable(expanded);
      // The links and the actions are there, each big enough for a finger.
      expect(expanded.targets.length).toBeGreaterThanOrEqual(6);
      expect(await page.card.isOpen()).toBe(true);

      // The reader scrolls: the sheet stays at its edge of what they see, at full width.
      await page.tab.evaluate(() => window.scrollBy(0, -30));
      await poll(() => page.tab.evaluate(measure, 1).then((m) => sheetProblems(m, false)), '', {
        message: 'the sheet after the reader scrolled',
      });
    });
  }
});

test('a phone: at the very end of a page, which cannot scroll further, the sheet goes to the top', async ({
  mentionPage: page,
}) => {
  await page.tab.setViewport(360, 640, { mobile: can('mobileViewport'), touch: true });
  await page.load('phone.html', 4);
  await page.settle();
  await page.tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const point = await page.mentionPoint(3, 'none');
  expect(point.y).toBeGreaterThan(400);
  await page.tab.tap(point.x, point.y);
  await page.card.waitOpen();
  await page.card.waitStill();
  await poll(() => page.tab.evaluate(measure, 3).then(sheetProblems), '', {
    message: 'the sheet at the end of the page',
  });
  const m = (await page.tab.evaluate(measure, 3)) as Measured;
  expect(Math.abs(m.card.top - m.view.top)).toBeLessThanOrEqual(1.5);
});

test.describe('the sheet follows the reader', () => {
  for (const [scheme, motion] of [
    ['light', 'no-preference'],
    ['dark', 'reduce'],
  ] as const) {
    test.describe(scheme, () => {
      if (scheme === 'dark')
        test.use({ launchWith: { colorScheme: scheme, reducedMotion: motion } });

      test(`${scheme} colours; it slides in unless motion is reduced (${motion})`, async ({
        mentionPage: page,
      }) => {
        await page.tab.setViewport(360, 640, { touch: true });
        await page.load('phone.html', 4);
        await openSheet(page);
        const look = await page.tab.evaluate(() => {
          const d = document
            .querySelector('d3k2-card')
            ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
          if (!d) return null;
          const s = getComputedStyle(d);
          const [r = 0, g = 0, b = 0] = (s.backgroundColor.match(/\d+/g) ?? []).map(Number);
          return {
            sheet: d.classList.contains('sheet'),
            luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
            animation: s.animationName,
          };
        });
        expect(look?.sheet).toBe(true);
        if (scheme === 'dark') expect(look?.luminance).toBeLessThan(0.25);
        else expect(look?.luminance).toBeGreaterThan(0.9);
        expect(look?.animation).toBe(motion === 'reduce' ? 'none' : 'd3k2-sheet-in');
      });
    });
  }
});

/** Taps the first mention (at scale 1) and waits for the sheet to be at rest. */
async function openSheet(page: MentionPage): Promise<void> {
  await page.tapMention(0);
  await page.card.waitOpen();
  await page.card.waitStill();
}
