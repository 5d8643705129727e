/**
 * Timers, as every engine class takes them (in its host): the content script passes WXT's
 * context's, which stop when the extension goes; tests pass fakes.
 */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}
