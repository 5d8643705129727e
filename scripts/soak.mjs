// npm run soak: does a long session stay flat? Two pages that never reload, in Chromium with
// our build and without any extension:
// - an endless feed (tests/fixtures/soak-feed.html): each step adds 20 posts and drops the
//   oldest beyond 200;
// - a single-page app (tests/fixtures/soak-spa.html): each step is a navigation
//   (history.pushState) to a new article; every other one has mentions.
// With ours, each step waits until the page's mentions are painted. Every `--every` steps,
// after forced garbage collection, it reads the tab's JS and Blink heap, its DOM nodes and JS
// event listeners (CDP), and reports them with ours minus none: what we hold, step by step.
//
//   node scripts/soak.mjs [--steps 500] [--every 100] [--json FILE] [--extension DIR]
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, memoryAfterGc } from './bench-browser.mjs';
import { paintedCount, paintedExactly, quietFor } from './in-page.mjs';
import { CHROME_BUILD } from './launch.mjs';
import { startServer } from './serve.mjs';

const args = parseArgs({
  options: {
    steps: { type: 'string', default: '500' },
    every: { type: 'string', default: '100' },
    json: { type: 'string' },
    extension: { type: 'string' },
  },
}).values;

/** @typedef {{ step: number, js: number, blink: number, nodes: number, listeners: number, documents: number, highlights: number }} Sample */

const SCENARIOS = /** @type {const} */ ([
  { name: 'feed', fixture: 'soak-feed.html', call: 'step' },
  { name: 'spa', fixture: 'soak-spa.html', call: 'navigate' },
]);

/** In the page: one step of the scenario; the mentions it now holds. */
function act(/** @type {[string, number]} */ [call, n]) {
  return /** @type {any} */ (window)[call](n);
}

/**
 * @param {import('./bench-browser.mjs').Config} config
 * @param {(typeof SCENARIOS)[number]} scenario
 * @param {string} origin
 * @param {number} steps
 * @param {number} every
 */
async function soak(config, scenario, origin, steps, every) {
  const launched = await launch(config);
  try {
    const page = await launched.browser.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/fixtures/${scenario.fixture}`, { waitUntil: 'load' });
    await page.waitForFunction(quietFor, { polling: 100, timeout: 15_000 }, 300, true);
    /** @type {Sample[]} */
    const samples = [];
    const sample = async (/** @type {number} */ step) => {
      await page.waitForFunction(quietFor, { polling: 100, timeout: 15_000 }, 500, true);
      const memory = await memoryAfterGc(cdp);
      samples.push({ step, ...memory, highlights: await page.evaluate(paintedCount) });
    };
    await sample(0);
    const started = Date.now();
    for (let n = 1; n <= steps; n++) {
      const mentions = Number(
        await page.evaluate(act, /** @type {[string, number]} */ ([scenario.call, n])),
      );
      if (config.ours) {
        await page.waitForFunction(paintedExactly, { polling: 20, timeout: 15_000 }, mentions);
      }
      if (n % every === 0) {
        await sample(n);
        process.stdout.write(`\r${scenario.name}, ${config.label}: step ${n}/${steps}   `);
      }
    }
    return { samples, msPerStep: (Date.now() - started) / steps };
  } finally {
    await launched.browser.close();
  }
}

async function main() {
  const steps = Number(args.steps);
  const every = Number(args.every);
  const dir = args.extension ? path.resolve(args.extension) : CHROME_BUILD;
  /** @type {import('./bench-browser.mjs').Config[]} */
  const configs = [
    { name: 'none', label: 'none', dir: null, ours: false, paints: false },
    { name: 'ours', label: 'ours', dir, ours: true, paints: true },
  ];
  const server = await startServer();
  const loadAtStart = os.loadavg()[0] ?? 0;
  /** @type {Record<string, Record<string, Awaited<ReturnType<typeof soak>>>>} */
  const results = {};
  try {
    for (const scenario of SCENARIOS) {
      results[scenario.name] = {};
      for (const config of configs) {
        const run = await soak(config, scenario, server.origin, steps, every);
        /** @type {Record<string, unknown>} */ (results[scenario.name])[config.name] = run;
      }
    }
  } finally {
    await server.close();
  }
  process.stdout.write('\n');
  const kb = (/** @type {number} */ n) => n.toFixed(0).padStart(7);
  for (const scenario of SCENARIOS) {
    const ours = results[scenario.name]?.ours;
    const none = results[scenario.name]?.none;
    if (!ours || !none) continue;
    console.log(
      `\n${scenario.name} (${ours.msPerStep.toFixed(0)} ms a step with ours): after forced GC; KB, and counts`,
    );
    console.log(
      '   step  ours JS  Blink  nodes  listeners  highlights |  none JS  Blink  nodes  listeners | ours-none JS  Blink  listeners',
    );
    for (const [i, o] of ours.samples.entries()) {
      const z = none.samples[i];
      if (!z) continue;
      console.log(
        `${String(o.step).padStart(7)} ${kb(o.js)} ${kb(o.blink)} ${String(o.nodes).padStart(6)} ${String(o.listeners).padStart(10)} ${String(o.highlights).padStart(11)} | ${kb(z.js)} ${kb(z.blink)} ${String(z.nodes).padStart(6)} ${String(z.listeners).padStart(10)} | ${kb(o.js - z.js).padStart(12)} ${kb(o.blink - z.blink)} ${String(o.listeners - z.listeners).padStart(10)}`,
      );
    }
  }
  console.log(
    `\nMachine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'CPU'}; load average ${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
  );
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 1));
}

await main();
