import { afterEach, expect, test } from 'vitest';
import { KEEP_PER_NAME, measured, measureSince } from './perf';

const entries = (name: string) => performance.getEntriesByName(`d3k2:${name}`, 'measure').length;

afterEach(() => performance.clearMeasures());

// [what is recorded, how many times, how many entries of it are left]
test.each([
  ['once', 1, 1],
  ['up to the limit', KEEP_PER_NAME, KEEP_PER_NAME],
  ['one past the limit', KEEP_PER_NAME + 1, 1],
  ['a long session', 10 * KEEP_PER_NAME + 7, 7],
])('a pass recorded %s (%i times) leaves %i entries', (_case, times, left) => {
  const name = `test-${times}`;
  for (let i = 0; i < times; i++) measureSince(name, performance.now());
  expect(entries(name)).toBe(left);
});

test('each name is kept apart: a busy pass does not clear a rare one', () => {
  measured('test-rare', () => undefined);
  for (let i = 0; i < 3 * KEEP_PER_NAME; i++) measureSince('test-busy', performance.now());
  expect(entries('test-rare')).toBe(1);
  expect(entries('test-busy')).toBeLessThanOrEqual(KEEP_PER_NAME);
});
