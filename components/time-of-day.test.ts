import { describe, expect, test } from 'vitest';
import { LOCALES, languageTag } from '../locales/messages';
import { timeOfDay } from './time-of-day';

const afternoon = Date.UTC(2025, 5, 1, 14, 35);

const rows: [string, string | RegExp][] = [
  ['de', '14:35'],
  ['es', '14:35'],
  ['fr', '14:35'],
  ['it', '14:35'],
  // A 12-hour clock; the space before PM is a narrow one in recent ICU.
  ['en', /^2:35\sPM$/],
  ['ja', '14:35'],
  ['zh_CN', '14:35'],
  ['zh_TW', /^下午\s?2:35$/],
  // ICU versions differ on Korean's day period ("PM" or "오후").
  ['ko', /^(PM|오후)\s?2:35$/],
  ['pt_BR', '14:35'],
  ['nl', '14:35'],
  ['pl', '14:35'],
  ['ru', '14:35'],
  ['uk', '14:35'],
  ['tr', '14:35'],
  // Latin or Arabic-Indic digits, by ICU version; a 12-hour clock with "م".
  ['ar', /^(2:35|٢:٣٥)\s?م$/],
  ['he', '14:35'],
  ['fa', '۱۴:۳۵'],
];

describe('timeOfDay', () => {
  test.each(rows)('%s: %s', (lang, expected) => {
    expect(timeOfDay(afternoon, languageTag(lang), 'UTC')).toMatch(expected);
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
