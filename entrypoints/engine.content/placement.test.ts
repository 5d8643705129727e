import { describe, expect, test } from 'vitest';
import {
  anchorOf,
  type Box,
  cardPlace,
  EDGE,
  GAP,
  sheetPlace,
  type VisualViewportBox,
  wantsSheet,
} from './placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});
const vv = (width: number, height: number, scale = 1, offsetTop = 0): VisualViewportBox => ({
  offsetLeft: 0,
  offsetTop,
  width,
  height,
  scale,
});

describe('wantsSheet', () => {
  test.each<[string, boolean, VisualViewportBox, boolean]>([
    ['a desktop window', false, vv(1280, 800), false],
    ['200% zoom of 1280 × 800', false, vv(640, 400), false],
    ['a narrow window', false, vv(360, 640), true],
    ['a touch screen, however wide', true, vv(1280, 800), true],
    ['a phone showing a desktop layout (980 px at 0.37)', false, vv(980, 1742, 360 / 980), true],
    ['a desktop pinch-zoomed to 3×', false, vv(1280 / 3, 800 / 3, 3), false],
  ])('%s', (_name, coarse, viewport, expected) => {
    expect(wantsSheet(coarse, viewport)).toBe(expected);
  });
});

describe('anchorOf', () => {
  const lines = [box(300, 100, 380, 120), box(10, 124, 60, 144)];
  test.each<[string, Box[], { x: number; y: number } | undefined, Box | null]>([
    ['no boxes', [], undefined, null],
    ['one line', [box(5, 6, 7, 8)], undefined, box(5, 6, 7, 8)],
    [
      'wrapped, no pointer: the first line across, both lines down',
      lines,
      undefined,
      box(300, 100, 380, 144),
    ],
    ['wrapped, pointer on the second line', lines, { x: 30, y: 130 }, box(10, 100, 60, 144)],
    ['wrapped, pointer elsewhere', lines, { x: 700, y: 5 }, box(300, 100, 380, 144)],
  ])('%s', (_name, input, point, expected) => {
    expect(anchorOf(input, point)).toEqual(expected);
  });
});

describe('cardPlace', () => {
  const small = { width: 360, height: 120 };
  const tall = { width: 360, height: 420 };
  test.each<
    [
      string,
      Box,
      { width: number; height: number },
      { width: number; height: number },
      'ltr' | 'rtl',
      object,
    ]
  >([
    [
      'room below',
      box(100, 50, 180, 70),
      small,
      { width: 1000, height: 700 },
      'ltr',
      { side: 'below', x: 100, y: 70 + GAP },
    ],
    [
      'at the bottom: above',
      box(100, 640, 180, 660),
      small,
      { width: 1000, height: 700 },
      'ltr',
      { side: 'above', x: 100, y: 640 - GAP - 120 },
    ],
    [
      'at the right edge: slides left',
      box(900, 50, 980, 70),
      small,
      { width: 1000, height: 700 },
      'ltr',
      { x: 1000 - EDGE - 360 },
    ],
    [
      'at the left edge',
      box(2, 50, 60, 70),
      small,
      { width: 1000, height: 700 },
      'ltr',
      { x: EDGE },
    ],
    [
      'right to left: ends where the mention ends',
      box(500, 50, 580, 70),
      small,
      { width: 1000, height: 700 },
      'rtl',
      { x: 580 - 360 },
    ],
    // 640 × 400 (1280 × 800 at 200%): a tall card fits on neither side and is capped.
    [
      'too tall, more room below',
      box(100, 120, 180, 140),
      tall,
      { width: 640, height: 400 },
      'ltr',
      { side: 'below', y: 140 + GAP, maxHeight: 400 - EDGE - 140 - GAP },
    ],
    [
      'too tall, more room above',
      box(100, 260, 180, 280),
      tall,
      { width: 640, height: 400 },
      'ltr',
      { side: 'above', y: EDGE, maxHeight: 260 - GAP - EDGE },
    ],
  ])('%s', (_name, anchor, card, viewport, dir, expected) => {
    expect(cardPlace(anchor, card, viewport, dir)).toMatchObject(expected);
  });

  // Whatever the height of the mention in a 640 × 400 viewport: inside, and off the mention.
  test.each([2, 40, 100, 150, 190, 200, 210, 250, 300, 360, 378])(
    'a mention at y = %i in 640 × 400: the card is inside and never over it',
    (top) => {
      const anchor = box(300, top, 380, top + 20);
      for (const card of [small, tall]) {
        const { x, y, maxHeight } = cardPlace(anchor, card, { width: 640, height: 400 });
        const bottom = y + Math.min(card.height, maxHeight);
        expect(y).toBeGreaterThanOrEqual(EDGE);
        expect(bottom).toBeLessThanOrEqual(400 - EDGE);
        expect(x).toBeGreaterThanOrEqual(EDGE);
        expect(x + card.width).toBeLessThanOrEqual(640 - EDGE);
        expect(bottom <= anchor.top || y >= anchor.bottom).toBe(true);
      }
    },
  );
});

describe('sheetPlace', () => {
  test.each<[string, Box, number, VisualViewportBox, boolean, object]>([
    [
      'a mention near the top: the sheet at the bottom, no scrolling',
      box(20, 100, 100, 120),
      200,
      vv(360, 640),
      true,
      { scrollBy: 0, side: 'bottom', x: 0, y: 440, width: 360, scale: 1 },
    ],
    [
      'a mention it would cover: the page scrolls just enough',
      box(20, 560, 100, 580),
      200,
      vv(360, 640),
      true,
      { scrollBy: 580 + EDGE - 440, side: 'bottom' },
    ],
    [
      'not when the reader scrolls: the room below is all it gets',
      box(20, 300, 100, 320),
      400,
      vv(360, 640),
      false,
      { scrollBy: 0, side: 'bottom', maxHeight: 640 - 320 - EDGE, y: 320 + EDGE },
    ],
    [
      'half a px short of fitting (the page scrolled by whole px): still the bottom, uncut',
      box(20, 400.5, 100, 419.5),
      213,
      vv(348, 640),
      false,
      { scrollBy: 0, side: 'bottom', maxHeight: 213, y: 640 - 213 },
    ],
    [
      'a fractional scroll is rounded up',
      box(20, 522.5, 100, 541.5),
      213,
      vv(348, 640),
      true,
      { scrollBy: 123, side: 'bottom' },
    ],
    [
      'more room above than below: the top',
      box(20, 560, 100, 580),
      200,
      vv(360, 640),
      false,
      { scrollBy: 0, side: 'top', y: 0 },
    ],
    [
      'capped at 60% of the visual viewport',
      box(20, 10, 100, 30),
      2000,
      vv(360, 640),
      true,
      { scrollBy: 0, side: 'bottom', maxHeight: 384, y: 640 - 384 },
    ],
    [
      'a phone showing a 980 px layout: scaled up to read at its own size',
      box(20, 100, 100, 120),
      200,
      vv(980, 1742, 360 / 980),
      true,
      { scrollBy: 0, side: 'bottom', width: 360, scale: 980 / 360, y: 1742 - 200 * (980 / 360) },
    ],
    [
      'a pinch-zoomed, scrolled visual viewport: follows it',
      box(120, 1100, 140, 1110),
      100,
      { offsetLeft: 100, offsetTop: 1000, width: 180, height: 320, scale: 2 },
      true,
      { scrollBy: 0, side: 'bottom', x: 100, y: 1320 - 50, width: 360, scale: 0.5 },
    ],
  ])('%s', (_name, anchor, height, viewport, reveal, expected) => {
    const place = sheetPlace(anchor, height, viewport, reveal);
    for (const [key, value] of Object.entries(expected))
      if (typeof value === 'string') expect(place[key as keyof typeof place], key).toBe(value);
      else expect(place[key as keyof typeof place], key).toBeCloseTo(value as number, 5);
  });
});
