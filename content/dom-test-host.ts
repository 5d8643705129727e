import type { Timers } from './timers';

/** Real timers, and a page that is already loaded and idle: the host engine classes get in DOM tests. */
export const testTimers: Timers = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

export const now = (work: () => void) => work();

/** Resolves once `read()` returns `expected`, or rejects after `ms`. */
export async function until<T>(read: () => T, expected: T, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (read() !== expected) {
    if (performance.now() > end)
      throw new Error(`still ${String(read())}, not ${String(expected)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
