import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDLE_MS, LOADING_WAIT_MS, SETTLE_MS, settler } from './page-settled';

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
  /** The browser's idle periods: when each starts (ms), and how long it is expected to last. */
  idles?: [at: number, remaining: number][];
}

describe('settler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A page as the settler sees it; `idleRequests` counts how often it asked for idle time. */
  function fake({ loaded = false, loadAt, idles = [] }: FakePage) {
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
    ['loads soon, before any quiet idle period', { loadAt: 30 }, 30 + SETTLE_MS],
    ['loads soon, a quiet idle period after that', { loadAt: 20, idles: [[30, QUIET]] }, 120],
    ['never loads, never idle', { loadAt: NEVER }, LOADING_WAIT_MS],
    ['loads late, never idle', { loadAt: 2000 }, LOADING_WAIT_MS],
    ['never loads, idle at once', { idles: [[10, QUIET]] }, 10],
    [
      'busy, then idle',
      {
        idles: [
          [10, BUSY],
          [20, BUSY],
          [40, QUIET],
        ],
      },
      40,
    ],
    [
      'always busy',
      {
        idles: [
          [10, BUSY],
          [30, BUSY],
          [400, QUIET],
        ],
      },
      LOADING_WAIT_MS,
    ],
    ['idle first, then loads', { loadAt: 30, idles: [[10, QUIET]] }, 10],
  ])('%s: the work runs once, at %s ms', (_name, page, runsAt) => {
    const work = vi.fn();
    const { whenSettled, counts } = fake(page);
    whenSettled(work);
    vi.advanceTimersByTime(runsAt - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    // Nothing more happens: no second run, no more asking for idle time.
    const asked = counts.idleRequests;
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
    expect(counts.idleRequests).toBe(asked);
  });

  // [case, when the second work is asked for (ms), when it runs (ms)]; the page loads at 30.
  test.each([
    ['while loading', 20, 30 + SETTLE_MS],
    ['while settling', 100, 30 + SETTLE_MS],
    ['once settled', 2000, 2000],
  ] as const)('later work asked for %s runs at %s, once', (_name, askAt, runsAt) => {
    const { whenSettled } = fake({ loadAt: 30 });
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
      onIdle: () => {},
      timers,
    })(work);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
