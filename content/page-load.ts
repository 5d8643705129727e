import type { ContextTimers } from './invalidating-timers';
import type { PageLoad } from './page-settled';

/**
 * The page's loading, as `settler` (page-settled.ts) reads it, for a content script: the
 * document's state, its load event, when its text became readable and its idle periods.
 */
export function pageLoad(
  onLoad: (listener: () => void) => void,
  scheduled: ContextTimers,
  settled?: boolean,
): PageLoad {
  return {
    ...(settled === undefined ? {} : { settled }),
    loaded: () => document.readyState === 'complete',
    onLoad,
    sinceReadable: () => {
      const navigation = performance.getEntriesByType('navigation')[0] as
        | PerformanceNavigationTiming
        | undefined;
      const readable = navigation?.domContentLoadedEventEnd ?? 0;
      return readable > 0 ? performance.now() - readable : 0;
    },
    onIdle: (listener) =>
      void scheduled.requestIdleCallback((deadline) => listener(deadline.timeRemaining())),
    timers: { setTimeout: scheduled.setTimeout, clearTimeout: scheduled.clearTimeout },
  };
}
