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

/** Records `d3k2:<name>` from `start` until now. */
export function measureSince(name: string, start: number): void {
  performance.measure(`d3k2:${name}`, { start, end: performance.now() });
}
