/**
 * Every pass of our work on a page is a `performance.measure` named `d3k2:…`: it shows in
 * DevTools' performance panel, and the page's own world can add the entries up (benchmarks do).
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measureSince(name, start);
  }
}

/**
 * The browser keeps every measure for the page's life: its user timing buffer has no limit.
 * On an endless feed, a few measures a batch (a rescan, a paint, a shadow-root look for each
 * new subtree) held 1.1 MB more of Blink's heap and 0.2 MB more of the JS heap after 400
 * scrolls, and kept growing (BENCHMARKS.md, the soak run). Past this many of one name, the
 * older entries of that name go; the newest stays, so a reader still sees that the pass ran.
 */
export const KEEP_PER_NAME = 200;

const counts = new Map<string, number>();

/** Records `d3k2:<name>` from `start` until now. */
export function measureSince(name: string, start: number): void {
  const count = (counts.get(name) ?? 0) + 1;
  if (count > KEEP_PER_NAME) performance.clearMeasures(`d3k2:${name}`);
  counts.set(name, count > KEEP_PER_NAME ? 1 : count);
  performance.measure(`d3k2:${name}`, { start, end: performance.now() });
}
