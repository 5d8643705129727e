import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LOADING_WAIT_MS, SETTLE_MS, settler } from './page-settled';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number | undefined) => clearTimeout(id),
};

const NEVER = undefined;

interface FakePage {
  /** When `load` ends, in ms from the start (negative: before it; undefined: never). */
  loadAt?: number;
}

describe('settler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A page as the settler sees it. */
  function fake({ loadAt }: FakePage) {
    const start = Date.now();
    const now = () => Date.now() - start;
    return settler({
      loadedAt: () => (loadAt !== undefined && loadAt <= now() ? loadAt : undefined),
      now,
      timers,
    });
  }

  // [case, the page, when the work runs (ms from the start)]
  test.each<[string, FakePage, number]>([
    ['loaded long before', { loadAt: -1000 }, LOADING_WAIT_MS],
    ['loaded just before', { loadAt: -1 }, Math.max(LOADING_WAIT_MS, SETTLE_MS - 1)],
    ['loads soon', { loadAt: 30 }, Math.max(LOADING_WAIT_MS, 30 + SETTLE_MS)],
    [
      'loads just before the deadline',
      { loadAt: LOADING_WAIT_MS - 1 },
      LOADING_WAIT_MS - 1 + SETTLE_MS,
    ],
    ['never loads', { loadAt: NEVER }, LOADING_WAIT_MS],
    ['loads late', { loadAt: 2000 }, LOADING_WAIT_MS],
  ])('%s: the work runs once, at %s ms', (_name, page, runsAt) => {
    const work = vi.fn();
    fake(page)(work);
    vi.advanceTimersByTime(runsAt - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    // Nothing more happens: no second run, and no timer of ours is left.
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  // [case, when the second work is asked for (ms), when it runs (ms)]; the page loads at 30.
  test.each([
    ['while loading', 20, 30 + SETTLE_MS],
    ['while settling', 100, 30 + SETTLE_MS],
    ['once settled', 2000, 2000],
  ] as const)('later work asked for %s runs at %s, once', (_name, askAt, runsAt) => {
    const whenSettled = fake({ loadAt: 30 });
    const first = vi.fn();
    const second = vi.fn();
    whenSettled(first);
    setTimeout(() => whenSettled(second), askAt);
    vi.advanceTimersByTime(runsAt - 1);
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(second).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });

  test('a page known to have settled runs work at once', () => {
    const work = vi.fn();
    settler({ settled: true, loadedAt: () => undefined, now: () => 0, timers })(work);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
