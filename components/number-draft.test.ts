import { expect, test } from 'vitest';
import { parseNumberDraft } from './number-draft';

const LIMITS = { min: 0, max: 2000 };

test.each<[string, number | undefined]>([
  ['300', 300],
  [' 450 ', 450],
  ['0', 0],
  ['2000', 2000],
  ['2001', undefined],
  ['-1', undefined],
  ['', undefined],
  ['12.5', undefined],
  ['1e3', undefined],
  ['abc', undefined],
])('%j → %j', (text, expected) => {
  expect(parseNumberDraft(text, LIMITS)).toBe(expected);
});
