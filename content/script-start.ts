/**
 * When the content script began to run: this module is imported first, so it is evaluated
 * before any other. Evaluating our modules, the browser's extension API coming alive in the
 * page's extension world and WXT building its context all happen before `main`, and on every
 * page: the `d3k2:load` measure counts them as our work (BENCHMARKS.md, step 18).
 */
export const scriptStart = performance.now();
