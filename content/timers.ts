/**
 * Timers, as every engine class takes them (in its host): the content script passes WXT's
 * context's, which stop when the extension goes; tests pass fakes.
 */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/** What every engine class gets from the page it runs in: timers, idle time and its load. */
export interface PageHost {
  timers: Timers;
  /** Runs `work` when the page is idle (soon, if it never is). */
  whenIdle(work: () => void): void;
  /** Runs `work` once the page has loaded and the browser has finished with it. */
  whenLoaded(work: () => void): void;
}
