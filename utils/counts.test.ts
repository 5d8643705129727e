import { expect, test } from 'vitest';
import { badgeText, COUNT_LIMIT, sumTallies, type TabTally } from './counts';

const tab = (found: number, highlighted: number, capped = false): TabTally => ({
  found,
  highlighted,
  capped,
});

test.each<[string, TabTally, boolean, string]>([
  ['none', tab(0, 0), true, ''],
  ['one', tab(1, 1), true, '1'],
  ['all highlighted', tab(200, 200), true, '200'],
  ['only the first of 12', tab(12, 1), true, '1+'],
  ['past the cap', tab(260, 150), true, '150+'],
  ['a frame stopped counting', tab(200, 200, true), true, '200+'],
  ['capped, fewer highlighted', tab(200, 5, true), true, '5+'],
  ['more than four digits fit', tab(1000, 1000), true, '999+'],
  ['badges off', tab(5, 5), false, ''],
])('badge: %s → %j', (_name, tally, enabled, expected) => {
  expect(badgeText(tally, enabled)).toBe(expected);
});

test.each<[string, { found: number; highlighted: number }[], TabTally]>([
  ['no frames', [], tab(0, 0)],
  ['one frame', [{ found: 3, highlighted: 3 }], tab(3, 3)],
  [
    'frames add up',
    [
      { found: 12, highlighted: 1 },
      { found: 2, highlighted: 1 },
    ],
    tab(14, 2),
  ],
  [
    'a frame at the limit caps the tab',
    [
      { found: COUNT_LIMIT, highlighted: 200 },
      { found: 1, highlighted: 1 },
    ],
    tab(COUNT_LIMIT + 1, 201, true),
  ],
])('sum: %s', (_name, tallies, expected) => {
  expect(sumTallies(tallies)).toEqual(expected);
});
