import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BADGE_BACKGROUND, BADGE_TEXT } from './badge';

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

test('the badge stands out from the icon, and its digits from the badge', () => {
  // The icon's ground, from the one source image every icon size is drawn from.
  const svg = readFileSync(path.join(import.meta.dirname, '../public/icon.svg'), 'utf8');
  const ground = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '';
  expect(ground).toMatch(/^#/);
  expect(contrast(BADGE_BACKGROUND, ground)).toBeGreaterThanOrEqual(3);
  expect(contrast(BADGE_TEXT, BADGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
});
