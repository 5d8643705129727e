import type { PageLoad } from './page-settled';
import type { Timers } from './timers';

/**
 * The page's loading, as `settler` (page-settled.ts) reads it, for a content script: when its
 * load event ended, from the navigation's timing, which both browsers keep for every document.
 */
export function pageLoad(timers: Timers, settled?: boolean): PageLoad {
  return {
    ...(settled === undefined ? {} : { settled }),
    loadedAt: () => {
      if (document.readyState !== 'complete') return undefined;
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      // No timing (a frame's initial about:blank): it loaded with its parent, long ago.
      return navigation?.loadEventEnd || 0;
    },
    now: () => performance.now(),
    timers,
  };
}
