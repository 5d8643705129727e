import type { ContextTimers } from './invalidating-timers';
import type { PageLoad } from './page-settled';

/**
 * The page's loading, as `settler` (page-settled.ts) reads it, for a content script: the
 * document's state and its load event.
 */
export function pageLoad(
  onLoad: (listener: () => void) => void,
  timers: Pick<ContextTimers, 'setTimeout' | 'clearTimeout'>,
  settled?: boolean,
): PageLoad {
  return {
    ...(settled === undefined ? {} : { settled }),
    loaded: () => document.readyState === 'complete',
    onLoad,
    timers: { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout },
  };
}
