import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDLE_MS, READABLE_WAIT_MS, SETTLE_MS, settler } from './page-settled';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number | undefined) => clearTimeout(id),
};

const QUIET = 50;
const BUSY = IDLE_MS - 1;
const NEVER = undefined;

interface FakePage {
  /** Has it loaded before the first look starts? */
  loaded?: boolean;
  /** When `load` fires, in ms from the start (undefined: never). */
  loadAt?: number;
  /** How long before the start its text became readable. */
  readableAgo?: number;
  /** The browser's idle periods: when each starts (ms), and how long it is expected to last. */
  idles?: [at: number, remaining: number][];
}

describe('settler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A page as the settler sees it; `idleRequests` counts how often it asked for idle time. */
  function fake({ loaded = false, loadAt, readableAgo = 0, idles = [] }: FakePage) {
    let isLoaded = loaded;
    let fire = () => {};
    const start = Date.now();
    if (loadAt !== undefined) {
      setTimeout(() => {
        isLoaded = true;
        fire();
      }, loadAt);
    }
    const counts = { idleRequests: 0 };
    const whenSettled = settler({
      loaded: () => isLoaded,
      onLoad: (listener) => {
        fire = listener;
      },
      sinceReadable: () => readableAgo + Date.now() - start,
      onIdle: (listener) => {
        counts.idleRequests++;
        const now = Date.now() - start;
        const next = idles.find(([at]) => at > now);
        if (next) setTimeout(() => listener(next[1]), next[0] - now);
      },
      timers,
    });
    return { whenSettled, counts };
  }

  // [case, the page, when the work runs (ms from the start)]
  test.each<[string, FakePage, number]>([
    ['already loaded', { loaded: true }, SETTLE_MS],
    ['loads soon, before any quiet idle period', { loadAt: 100 }, 100 + SETTLE_MS],
    ['loads soon, a quiet idle period after that', { loadAt: 50, idles: [[80, QUIET]] }, 150],
    ['never loads, never idle', { loadAt: NEVER }, READABLE_WAIT_MS],
    ['loads late, never idle', { loadAt: 2000 }, READABLE_WAIT_MS],
    ['never loads, idle at once', { idles: [[10, QUIET]] }, 10],
    [
      'never loads, busy, then idle',
      {
        idles: [
          [10, BUSY],
          [60, BUSY],
          [120, QUIET],
        ],
      },
      120,
    ],
    [
      'never loads, always busy',
      {
        idles: [
          [10, BUSY],
          [60, BUSY],
          [400, QUIET],
        ],
      },
      250,
    ],
    ['readable 200 ms before the look', { readableAgo: 200 }, READABLE_WAIT_MS - 200],
    ['readable long before the look', { readableAgo: 5000 }, 0],
  ])('%s: the work runs once, at %s ms', (_name, page, runsAt) => {
    const work = vi.fn();
    const { whenSettled, counts } = fake(page);
    whenSettled(work);
    expect(work).not.toHaveBeenCalled();
    if (runsAt > 0) {
      vi.advanceTimersByTime(runsAt - 1);
      expect(work).not.toHaveBeenCalled();
    }
    vi.advanceTimersByTime(runsAt > 0 ? 1 : 0);
    expect(work).toHaveBeenCalledTimes(1);
    // Nothing more happens: no second run, no more asking for idle time.
    const asked = counts.idleRequests;
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
    expect(counts.idleRequests).toBe(asked);
  });

  // [case, when the second work is asked for (ms), when it runs (ms)]; the page loads at 100.
  test.each([
    ['while loading', 50, 100 + SETTLE_MS],
    ['while settling', 150, 100 + SETTLE_MS],
    ['once settled', 2000, 2000],
  ] as const)('later work asked for %s runs at %s, once', (_name, askAt, runsAt) => {
    const { whenSettled } = fake({ loadAt: 100 });
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
    settler({
      settled: true,
      loaded: () => false,
      onLoad: () => {},
      sinceReadable: () => 0,
      onIdle: () => {},
      timers,
    })(work);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
