import type { ContextTimers } from './invalidating-timers';
import type { PageLoad } from './page-settled';

/**
 * The page's loading, as `settler` (page-settled.ts) reads it, for a content script: the
 * document's state, its load event and its idle periods.
 */
export function pageLoad(
  onLoad: (listener: () => void) => void,
  scheduled: Pick<ContextTimers, 'setTimeout' | 'clearTimeout' | 'requestIdleCallback'>,
  settled?: boolean,
): PageLoad {
  return {
    ...(settled === undefined ? {} : { settled }),
    loaded: () => document.readyState === 'complete',
    onLoad,
    onIdle: (listener) =>
      void scheduled.requestIdleCallback((deadline) => listener(deadline.timeRemaining())),
    timers: { setTimeout: scheduled.setTimeout, clearTimeout: scheduled.clearTimeout },
  };
}
