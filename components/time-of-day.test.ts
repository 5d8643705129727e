import { describe, expect, test } from 'vitest';
import { LOCALES } from '../locales/messages';
import { timeOfDay } from './time-of-day';

const afternoon = Date.UTC(2025, 5, 1, 14, 35);

const rows: [string, string | RegExp][] = [
  ['de', '14:35'],
  ['es', '14:35'],
  ['fr', '14:35'],
  ['it', '14:35'],
  // A 12-hour clock; the space before PM is a narrow one in recent ICU.
  ['en', /^2:35\sPM$/],
];

describe('timeOfDay', () => {
  test.each(rows)('%s: %s', (lang, expected) => {
    expect(timeOfDay(afternoon, lang, 'UTC')).toMatch(expected);
  });

  test('every UI language has a row', () => {
    const covered = new Set(rows.map(([lang]) => lang));
    expect(LOCALES.filter((lang) => !covered.has(lang))).toEqual([]);
  });

  test("in the reader's own time zone by default", () => {
    const local = new Date(2025, 5, 1, 9, 5).getTime();
    expect(timeOfDay(local, 'de')).toBe('09:05');
  });
});
