import type { PageLoad } from './page-settled';
import type { Timers } from './timers';

/**
 * The page's loading, as `settler` (page-settled.ts) reads it, for a content script: the
 * document's state and its load event.
 */
export function pageLoad(
  onLoad: (listener: () => void) => void,
  timers: Timers,
  settled?: boolean,
): PageLoad {
  return {
    ...(settled === undefined ? {} : { settled }),
    loaded: () => document.readyState === 'complete',
    onLoad,
    timers,
  };
}
