import { describe, expect, test } from 'vitest';
import { type Anchor, type Direction, stepFrom } from './stepping';

describe('stepFrom', () => {
  test.each<[string, number, Anchor, Direction, number | undefined]>([
    ['no mentions: nowhere to go', 0, { gap: 0 }, 1, undefined],
    ['next after an open mention', 3, { on: 0 }, 1, 1],
    ['previous before an open mention', 3, { on: 2 }, -1, 1],
    ['next wraps from the last to the first', 3, { on: 2 }, 1, 0],
    ['previous wraps from the first to the last', 3, { on: 0 }, -1, 2],
    ['one mention: next stays on it', 1, { on: 0 }, 1, 0],
    ['next from a gap takes the mention after it', 3, { gap: 1 }, 1, 1],
    ['previous from a gap takes the mention before it', 3, { gap: 1 }, -1, 0],
    ['next from the gap past the end wraps to the first', 3, { gap: 3 }, 1, 0],
    ['previous from the gap before the first wraps to the last', 3, { gap: 0 }, -1, 2],
    ['previous from the gap past the end takes the last', 3, { gap: 3 }, -1, 2],
  ])('%s', (_name, count, anchor, direction, expected) => {
    expect(stepFrom(count, anchor, direction)).toBe(expected);
  });
});
