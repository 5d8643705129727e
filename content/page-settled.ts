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
  /** When the page's load event ended (`now`'s clock), or undefined while it is loading. */
  loadedAt(): number | undefined;
  now(): number;
  timers: Timers;
}

/**
 * Returns `whenSettled(work)`, which runs `work` once the page has settled: `LOADING_WAIT_MS`
 * after the first work was asked for, or `SETTLE_MS` after `load` if the page loaded only just
 * before then. Once the page has settled, later work (the engine restarting for new settings)
 * runs at once: waiting again would only make the highlights blink.
 *
 * Timers only, and the page asked once, when the wait is up: no listener is left on a page
 * that may never fire `load`, in the first look or in the engine (BENCHMARKS.md, step 26).
 */
export function settler(page: PageLoad): (work: () => void) => void {
  let settled = page.settled === true;
  let queued: (() => void)[] | undefined;
  const settle = () => {
    settled = true;
    for (const work of queued ?? []) work();
    queued = undefined;
  };
  return (work) => {
    if (settled) {
      work();
      return;
    }
    if (queued) {
      queued.push(work);
      return;
    }
    queued = [work];
    page.timers.setTimeout(() => {
      const loadedAt = page.loadedAt();
      // Loaded only just now: the page's last layout and paint come first, as they always did.
      const left = loadedAt === undefined ? 0 : loadedAt + SETTLE_MS - page.now();
      if (left > 0) page.timers.setTimeout(settle, left);
      else settle();
    }, LOADING_WAIT_MS);
  };
}
