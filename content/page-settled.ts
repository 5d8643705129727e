import type { Timers } from './timers';

/**
 * How long after `load` the first scan waits. The browser is still finishing the page then
 * (its last layout and paint, image decodes); the same scan run in that moment took a third
 * longer over the 65 benchmark pages, and it competed with the page (BENCHMARKS.md, step 11).
 */
export const SETTLE_MS = 100;

/** A page whose loading never ends (a stalled request) is scanned anyway after this long. */
export const LOAD_WAIT_MS = 3000;

export interface PageLoad {
  /** Is the page known to have settled already (the first look waited for it)? */
  settled?: boolean;
  /** Has the load event already fired? */
  loaded(): boolean;
  onLoad(listener: () => void): void;
  timers: Timers;
}

/**
 * Returns `whenSettled(work)`, which runs `work` once, shortly after the page has loaded (or
 * has tried for long enough). Once the page has settled, later work (the engine restarting
 * for new settings) runs at once: waiting again would only make the highlights blink.
 */
export function settler(page: PageLoad): (work: () => void) => void {
  let state: 'new' | 'loading' | 'settling' | 'settled' = page.settled ? 'settled' : 'new';
  const queued: (() => void)[] = [];
  const settle = () => {
    if (state !== 'loading') return;
    state = 'settling';
    page.timers.setTimeout(() => {
      state = 'settled';
      for (const work of queued.splice(0)) work();
    }, SETTLE_MS);
  };
  return (work) => {
    if (state === 'settled') {
      work();
      return;
    }
    queued.push(work);
    if (state !== 'new') return;
    state = 'loading';
    if (page.loaded()) {
      settle();
    } else {
      page.onLoad(settle);
      page.timers.setTimeout(settle, LOAD_WAIT_MS);
    }
  };
}
