import { expect, test } from 'vitest';
import { badgeText } from './badge';

test.each<[number, boolean, string]>([
  [0, true, ''],
  [1, true, '1'],
  [200, true, '200'],
  [1000, true, '999+'],
  [5, false, ''],
])('badgeText(%i, %s) → %j', (count, enabled, expected) => {
  expect(badgeText(count, enabled)).toBe(expected);
});
