/**
 * When the script began to run: this module is imported first, so it is evaluated before any
 * other. Evaluating our modules (and, in the engine, the browser's extension API coming alive
 * in the page's extension world and WXT building its context) happens before `main`: the
 * first look's `d3k2:load` and the engine's `d3k2:engine` measures count it as our work
 * (BENCHMARKS.md, steps 18 and 23).
 */
export const scriptStart = performance.now();
