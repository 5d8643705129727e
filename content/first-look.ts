import { textWalker, walkCandidates } from './candidates';
import { BATCH_MS, batchOf, OBSERVED } from './mutations';
import { measureSince } from './perf';
import { hasCustomElements, openShadowRoots } from './shadow-roots';
import type { PageHost } from './timers';

export interface LookHost extends PageHost {
  /** The look found text that could hold a mention (and has stopped). */
  onFound(): void;
}

/** A slice of the look takes about this long before the page gets a turn, as the engine's do. */
export const SLICE_MS = 8;

/** The `d3k2:` measure of a slice: the first pass, text added later, text in shadow roots. */
type Pass = 'scan' | 'rescan' | 'shadow-scan';

/**
 * Most pages never mention vitamin D3, and there this is all the extension does: once the page
 * has loaded, one pass over its text with the prefilter, its shadow roots when it is idle, and
 * the text it adds later. The first text that could hold a mention ends the look and wakes the
 * engine (entrypoints/engine.content), which reads the settings and does the real matching.
 * No matcher, language data, settings, card or highlight style is loaded before that.
 *
 * Plain synchronous code with one queue of subtrees to walk: on a page of ordinary length the
 * whole look is one task of ours, and a long page gets its walk cut into `SLICE_MS` slices (the
 * walker is kept, and the rest runs in a later task). Its first version, a class with a
 * promise chain and an async slicer, cost the same CPU and 0.9 KB more script for every frame to
 * compile (BENCHMARKS.md, step 26).
 *
 * Returns `stop`.
 */
export function startFirstLook(host: LookHost): () => void {
  const { timers } = host;
  /** Subtrees still to walk, in order; the first one's walker, once started. */
  const queue: { root: Node; pass: Pass }[] = [];
  let walker: TreeWalker | null | undefined;
  let nextSlice: number | undefined;
  let observer: MutationObserver | undefined;
  let records: MutationRecord[] = [];
  let batchTimer: number | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    timers.clearTimeout(nextSlice);
    timers.clearTimeout(batchTimer);
    queue.length = 0;
    records = [];
  };

  const observe = (root: Node) => {
    observer ??= new MutationObserver((added) => {
      records.push(...added);
      batchTimer ??= timers.setTimeout(() => {
        batchTimer = undefined;
        const start = performance.now();
        const batch = batchOf(records);
        records = [];
        for (const root of batch.coarse ? [document] : batch.roots) {
          queue.push({ root, pass: 'rescan' });
        }
        run(start, 'rescan');
      }, BATCH_MS);
    });
    observer.observe(root, OBSERVED);
  };

  const queueShadows = (root: Node) => {
    for (const shadow of openShadowRoots(root)) {
      observe(shadow);
      queue.push({ root: shadow, pass: 'shadow-scan' });
    }
  };

  /**
   * Walks the queue for one slice (measured from `start`, as `pass` if the queue is empty); a
   * slice already waiting for its turn takes new work.
   */
  const run = (start = performance.now(), pass: Pass = queue[0]?.pass ?? 'rescan') => {
    if (stopped || nextSlice !== undefined) return;
    for (let item = queue[0]; item; item = queue[0]) {
      walker ??= textWalker(item.root);
      const end = walker ? walkCandidates(walker, start + SLICE_MS, () => true) : 'end';
      if (end !== 'end') {
        measureSince(pass, start);
        if (end === 'found') {
          stop();
          host.onFound();
        } else {
          nextSlice = timers.setTimeout(() => {
            nextSlice = undefined;
            run();
          }, 0);
        }
        return;
      }
      queue.shift();
      walker = undefined;
      // The document's own shadow roots are looked for in idle time (below); a subtree's, now.
      if (item.pass !== 'scan') queueShadows(item.root);
    }
    measureSince(pass, start);
  };

  host.whenLoaded(() => {
    if (stopped) return;
    observe(document);
    queue.push({ root: document, pass: 'scan' });
    run();
    // Only custom elements can hold a shadow root we look in (shadow-roots.ts); most pages have none.
    if (!stopped && hasCustomElements(document)) {
      host.whenIdle(() => {
        const start = performance.now();
        if (stopped) return;
        queueShadows(document);
        run(start, 'shadow-scan');
      });
    }
  });
  return stop;
}
