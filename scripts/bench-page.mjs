// What one page without mentions costs with each extension, below the full benchmark's noise:
// a page holding one paragraph, opened many times per configuration, interleaved, and compared
// load by load with no extension and with bare (see BENCHMARKS.md, steps 24 and 25).
//
//   cold   each load in a new tab, so a fresh renderer: it compiles every script anew, as a
//          page of a site not open yet does (the full benchmark's case);
//   warm   one tab per configuration, navigated: a renderer that has run the scripts before
//          keeps their compiled code, as when one reads on within a site.
//
// Per configuration: CPU (`ThreadTime`) and compile over no extension, as mean ± 95% interval;
// then ours − bare and ours − each --before, paired load by load. A difference under 2 ms
// needs a second run: one run's interval once excluded zero for a difference the next did not
// find. Ours is .output/chrome-mv3 as last built (`npm run build`), or --extension DIR.
//
//   node scripts/bench-page.mjs [--mode cold|warm] [--loads 60] [--extension DIR] [--before DIR ...]

import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, metricsMs } from './bench-browser.mjs';
import { writePeers } from './bench-peers.mjs';
import { CHROME_BUILD } from './launch.mjs';

const args = parseArgs({
  options: {
    mode: { type: 'string', default: 'cold' },
    loads: { type: 'string', default: '60' },
    extension: { type: 'string' },
    before: { type: 'string', multiple: true },
  },
}).values;
if (args.mode !== 'cold' && args.mode !== 'warm') throw new Error('--mode is cold or warm');
const loads = Number(args.loads);

const PAGE =
  '<!doctype html><html lang="en"><title>One paragraph</title>' +
  '<p>Nothing to see here: a note on vitamins C and E, and a walk in the park.</p>';
/** How long a tab stays after `load` before it is read: ours looks 100 ms after `load`. */
const SETTLE_MS = 400;

const server = http.createServer((_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(PAGE);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${address.port}`;

const temp = mkdtempSync(path.join(os.tmpdir(), 'd3k2-bench-page-'));
const peers = await writePeers(temp);
/**
 * @typedef {{ page: import('puppeteer-core').Page, cdp: import('puppeteer-core').CDPSession }} Tab
 * @typedef {{ name: string, dir: string | null, results: { cpu: number, compile: number }[],
 *   browser?: import('puppeteer-core').Browser, tab?: Tab }} Run
 */
/** @type {Run[]} */
const runs = [
  { name: 'none', dir: null, results: [] },
  { name: 'floor', dir: peers.floor, results: [] },
  { name: 'bare', dir: peers.bare, results: [] },
  { name: 'ours', dir: args.extension ? path.resolve(args.extension) : CHROME_BUILD, results: [] },
  ...(args.before ?? []).map((dir, i) => ({
    name: `before${i + 1}`,
    dir: path.resolve(dir),
    results: [],
  })),
];
const [none, , bare, ours] = /** @type {[Run, Run, Run, Run]} */ (runs);

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {import('puppeteer-core').Browser} browser @returns {Promise<Tab>} */
async function openTab(browser) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp };
}

for (const run of runs) {
  const { browser } = await launch({
    name: run.name,
    label: run.name,
    dir: run.dir,
    ours: false,
    paints: false,
  });
  run.browser = browser;
  // Warm: one tab each, opened once before the loads that count.
  if (args.mode === 'warm') {
    run.tab = await openTab(browser);
    await run.tab.page.goto(`${origin}/warm-up`, { waitUntil: 'load' });
  }
}

for (let k = 0; k < loads; k++) {
  // Each load, every configuration once, starting with a different one each time.
  for (let i = 0; i < runs.length; i++) {
    const run = /** @type {Run} */ (runs[(i + k) % runs.length]);
    const tab =
      run.tab ?? (await openTab(/** @type {import('puppeteer-core').Browser} */ (run.browser)));
    // A navigation starts a new document, whose counters start at zero.
    await tab.page.goto(`${origin}/?${k}`, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const ms = await metricsMs(tab.cdp);
    run.results[k] = { cpu: ms('ThreadTime'), compile: ms('V8CompileDuration') };
    if (args.mode === 'cold') await tab.page.close();
    await sleep(100);
  }
}
for (const run of runs) await run.browser?.close();
server.close();
rmSync(temp, { recursive: true, force: true });

/** Mean and the half-width of its 95% interval, in ms. @param {number[]} xs */
function mean(xs) {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
  return `${m.toFixed(2)} ± ${((1.96 * sd) / Math.sqrt(xs.length)).toFixed(2)}`;
}
/** Load by load, a minus b. @param {Run} a @param {Run} b @param {'cpu' | 'compile'} key */
const minus = (a, b, key) => a.results.map((r, k) => r[key] - (b.results[k]?.[key] ?? Number.NaN));
/** @param {Run} a @param {Run} b */
const line = (a, b) =>
  `CPU ${mean(minus(a, b, 'cpu')).padEnd(15)} compile ${mean(minus(a, b, 'compile'))}`;

console.log(`One paragraph, ${loads} ${args.mode} loads per configuration; ms over no extension:`);
for (const run of runs.slice(1)) console.log(`  ${run.name.padEnd(9)} ${line(run, none)}`);
console.log('Paired, ms:');
for (const other of [bare, ...runs.slice(4)])
  console.log(`  ours − ${other.name.padEnd(9)} ${line(ours, other)}`);
