import type { Timers } from './timers';

/**
 * How long after `load` the first scan waits. The browser is still finishing the page then
 * (its last layout and paint, image decodes); the same scan run in that moment took a third
 * longer over the 65 benchmark pages, and it competed with the page (BENCHMARKS.md, step 11).
 */
export const SETTLE_MS = 100;

/**
 * A page that has not loaded this long after the first look started is looked at then; one
 * that loads before is looked at `SETTLE_MS` after `load`. The look starts as the page's text
 * is parsed (run_at document_end: DOMContentLoaded); a page whose image or ad never finishes
 * loading was highlighted 3.6 s after its text was readable while the look waited for `load`.
 * The engine the look wakes then takes about 90 ms to paint, and about 330 ms when the
 * extension's sleeping service worker must start first; a first run with 150 ms here came to
 * just over half a second (BENCHMARKS.md, step 23).
 *
 * Not sooner in an idle period, as it once was: asking for one cost every page a call into the
 * browser and a task of ours, and on the stalled page the deadline came first anyway
 * (BENCHMARKS.md, step 24).
 */
export const LOADING_WAIT_MS = 100;

export interface PageLoad {
  /** Is the page known to have settled already (the first look waited for it)? */
  settled?: boolean;
  /** Has the load event already fired? */
  loaded(): boolean;
  onLoad(listener: () => void): void;
  timers: Timers;
}

/**
 * Returns `whenSettled(work)`, which runs `work` once the page has settled: `SETTLE_MS` after
 * it has loaded, or, if it has not loaded `LOADING_WAIT_MS` after the first work was asked
 * for, then. Once the page has settled, later work (the engine restarting for new
 * settings) runs at once: waiting again would only make the highlights blink.
 */
export function settler(page: PageLoad): (work: () => void) => void {
  // waiting: for load or the deadline; settling: loaded, SETTLE_MS to go.
  let state: 'new' | 'waiting' | 'settling' | 'settled' = page.settled ? 'settled' : 'new';
  const queued: (() => void)[] = [];
  let deadline: number | undefined;
  const settle = () => {
    if (state === 'settled') return;
    state = 'settled';
    page.timers.clearTimeout(deadline);
    for (const work of queued.splice(0)) work();
  };
  // Loaded: the page's last layout and paint come first, as they always did.
  const loaded = () => {
    if (state !== 'waiting' && state !== 'new') return;
    state = 'settling';
    page.timers.clearTimeout(deadline);
    page.timers.setTimeout(settle, SETTLE_MS);
  };
  return (work) => {
    if (state === 'settled') {
      work();
      return;
    }
    queued.push(work);
    if (state !== 'new') return;
    if (page.loaded()) {
      loaded();
      return;
    }
    state = 'waiting';
    page.onLoad(loaded);
    deadline = page.timers.setTimeout(settle, LOADING_WAIT_MS);
  };
}
