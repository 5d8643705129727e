import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LOAD_WAIT_MS, SETTLE_MS, settler } from './page-settled';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number | undefined) => clearTimeout(id),
};

describe('settler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A page that has loaded already, or fires `load` at `loadAt` ms (undefined: never). */
  function page(loaded: boolean, loadAt?: number) {
    let isLoaded = loaded;
    let fire = () => {};
    if (loadAt !== undefined) {
      setTimeout(() => {
        isLoaded = true;
        fire();
      }, loadAt);
    }
    return settler({ loaded: () => isLoaded, onLoad: (listener) => (fire = listener), timers });
  }

  // [case, already loaded, when load fires (ms), when the work runs (ms)]
  test.each([
    ['already loaded', true, undefined, SETTLE_MS],
    ['loads at 500 ms', false, 500, 500 + SETTLE_MS],
    ['never loads', false, undefined, LOAD_WAIT_MS + SETTLE_MS],
    ['loads after the wait ran out', false, LOAD_WAIT_MS + 50, LOAD_WAIT_MS + SETTLE_MS],
  ] as const)('%s: the work runs once, at %s', (_name, loaded, loadAt, runsAt) => {
    const work = vi.fn();
    page(loaded, loadAt)(work);
    vi.advanceTimersByTime(runsAt - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * LOAD_WAIT_MS);
    expect(work).toHaveBeenCalledTimes(1);
  });

  // [case, when the second work is asked for (ms), when it runs (ms)]; the page loads at 500.
  test.each([
    ['while loading', 200, 500 + SETTLE_MS],
    ['while settling', 550, 500 + SETTLE_MS],
    ['once settled', 2000, 2000],
  ] as const)('later work asked for %s runs at %s, once', (_name, askAt, runsAt) => {
    const whenSettled = page(false, 500);
    const first = vi.fn();
    const second = vi.fn();
    whenSettled(first);
    setTimeout(() => whenSettled(second), askAt);
    vi.advanceTimersByTime(runsAt - 1);
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(second).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * LOAD_WAIT_MS);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });
});
