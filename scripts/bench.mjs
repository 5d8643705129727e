// npm run bench: what the extension costs real pages, against extensions that do less, all
// measured the same way, from outside.
//
// Configurations, each a Chromium of its own (the same binary, the same flags):
//   none, none again   no extension (the second is the A/A pair: it shows the noise);
//   floor, bare, mark.js   peer extensions written at run time (scripts/bench-peers.mjs);
//   ours               .output/chrome-mv3 (or --extension DIR);
//   before             other builds of ours, each with --before DIR (a before/after in one run;
//                      each is labelled with its folder's name).
// For each round, for each page of ../shared/pages (scripts stripped; nothing but 127.0.0.1
// reachable), each configuration in turn (the order rotates from page to page) opens the page
// in a new tab, alone: one tab and one fresh renderer at a time. From Chromium's own per-tab
// counters (CDP Performance.getMetrics) it records main-thread CPU (ThreadTime), V8 compile,
// style, layout and script time, then forces garbage collection and records the JS heap and
// Blink's (Runtime.getHeapUsage: usedSize, embedderHeapUsedSize). Every figure is reported
// minus the no-extension run of the same page in the same round; totals are over the pages,
// given as the median and range over the rounds.
//
// Then a page whose photo never loads (tests/fixtures/slow-image.html): DOMContentLoaded to
// the first highlight, for every configuration that paints. Then, in ours, a feed that grows
// by 1,000 paragraphs a second (insertion to paint). Last, the first-look script's size.
//
//   node scripts/bench.mjs [--pages N] [--rounds R] [--window MS] [--dynamic-seconds S]
//     [--json FILE] [--no-build] [--extension DIR] [--before DIR ...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, memoryAfterGc, metricsMs, renderers } from './bench-browser.mjs';
import { writePeers } from './bench-peers.mjs';
import { quietFor } from './in-page.mjs';
import { CHROME_BUILD, unpackedExtensionId } from './launch.mjs';
import { ROOT, SHARED_PAGES, startServer } from './serve.mjs';

function options() {
  return parseArgs({
    options: {
      pages: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      // How long each tab stays open after `load` before it is read (ours must also be done).
      window: { type: 'string', default: '500' },
      'dynamic-seconds': { type: 'string', default: '10' },
      json: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      // Another unpacked build to measure as ours.
      extension: { type: 'string' },
      // Other builds of ours to measure beside it, as "before".
      before: { type: 'string', multiple: true },
    },
  }).values;
}

/** @typedef {import('./bench-browser.mjs').Config} Config */
/** @typedef {import('./bench-browser.mjs').Launched} Launched */

/** The counters read from each tab; the report's columns, in order. */
const METRICS = /** @type {const} */ ([
  ['cpu', 'ThreadTime', 'CPU'],
  ['compile', 'V8CompileDuration', 'compile'],
  ['style', 'RecalcStyleDuration', 'style'],
  ['layout', 'LayoutDuration', 'layout'],
  ['script', 'ScriptDuration', 'script'],
]);

/** @param {number} ms */
const hold = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
/** @param {number[]} values */
const range = (values) => [Math.min(...values), Math.max(...values)];
/** @param {number[]} values @param {number} [digits] */
const spread = (values, digits = 0) => {
  const [lo, hi] = range(values);
  const f = (/** @type {number | undefined} */ n) => Number(n).toFixed(digits);
  return values.length > 1 ? `${f(median(values))} (${f(lo)}…${f(hi)})` : f(values[0]);
};

/** Watches every frame, from the page's own world, for its first highlight or mark. */
function watchFirstPaint() {
  const w = /** @type {any} */ (window);
  const painted = () => {
    for (const [, highlight] of CSS.highlights) if (highlight.size > 0) return true;
    return document.querySelector('mark') !== null;
  };
  const check = () => {
    if (painted()) w.__firstPaint = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** What ours says about its own work on the page (its `d3k2:` measures). Runs in the page. */
function selfReported() {
  const m = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('d3k2:'));
  /** @type {Record<string, number>} */
  const passes = {};
  for (const e of m) passes[e.name.slice(5)] = (passes[e.name.slice(5)] ?? 0) + e.duration;
  let highlights = document.querySelectorAll('mark').length;
  for (const [, highlight] of CSS.highlights) highlights += highlight.size;
  return {
    work: m.reduce((sum, e) => sum + e.duration, 0),
    longest: Math.max(0, ...m.map((e) => e.duration)),
    passes,
    highlights,
  };
}

/**
 * Opens `url` in a new tab of `launched`, alone, and reads it. `slow`: a page that never
 * loads, read for its first highlight only.
 * @param {Launched} launched
 * @param {string} url
 * @param {{ window: number, slow?: boolean }} how
 */
async function measureTab(launched, url, how) {
  const before = await renderers(launched);
  const page = await launched.browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  /** @type {Record<string, number>} */
  const row = {};
  if (how.slow) {
    await page.evaluateOnNewDocument(watchFirstPaint);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page
      .waitForFunction(() => /** @type {any} */ (window).__firstPaint !== undefined, {
        polling: 50,
        timeout: 10_000,
      })
      .catch(() => undefined);
    const times = await page.evaluate(() => {
      const nav = /** @type {PerformanceNavigationTiming} */ (
        performance.getEntriesByType('navigation')[0]
      );
      const look = performance.getEntriesByName('d3k2:scan')[0];
      return {
        firstPaint: /** @type {any} */ (window).__firstPaint ?? Number.NaN,
        dcl: nav.domContentLoadedEventStart,
        look: look?.startTime ?? Number.NaN,
      };
    });
    row.dclToPaint = times.firstPaint - times.dcl;
    row.dclToLook = times.look - times.dcl;
  } else {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await hold(how.window);
    // Ours must also have finished (the peers work synchronously at document_idle).
    await page.waitForFunction(quietFor, { polling: 100, timeout: 15_000 }, 300, true);
    const ms = await metricsMs(cdp);
    for (const [key, name] of METRICS) row[key] = ms(name);
    const self = await page.evaluate(selfReported);
    row.self = self.work;
    row.longest = self.longest;
    row.highlights = self.highlights;
    for (const [name, t] of Object.entries(self.passes)) row[`self:${name}`] = t;
    const memory = await memoryAfterGc(cdp);
    row.js = memory.js;
    row.blink = memory.blink;
  }
  await page.close();
  // The next tab gets a renderer of its own: wait for this one to go.
  const end = Date.now() + 2000;
  while ((await renderers(launched)) > before && Date.now() < end) await hold(50);
  return row;
}

/**
 * In ours: a feed that grows by `seconds` × 1,000 paragraphs, with room for its 1,000
 * mentions; insertion-to-paint delays and our share of the main thread.
 * @param {Launched} launched
 * @param {string} extensionDir
 * @param {string} origin
 * @param {number} seconds
 */
async function runFeed(launched, extensionDir, origin, seconds) {
  const popup = await launched.browser.newPage();
  await popup.goto(`chrome-extension://${unpackedExtensionId(extensionDir)}/popup.html`);
  await popup.evaluate(() =>
    chrome.storage.local.set({ settings: { maxHighlights: 1000 }, settings$: { v: 2 } }),
  );
  await popup.close();
  const feed = await launched.browser.newPage();
  await feed.goto(`${origin}/fixtures/bench-dynamic.html`, { waitUntil: 'load' });
  await feed.waitForFunction(quietFor, { polling: 100, timeout: 15_000 }, 300);
  const total = Math.round(1000 * seconds);
  const result = await feed.evaluate(
    async (s, count) => {
      const w = /** @type {any} */ (window);
      const run = await w.runFeed(s, count);
      const delays = [.../** @type {number[]} */ (run.delays)].sort((a, b) => a - b);
      return {
        mentions: run.mentions,
        painted: delays.length,
        median: delays[Math.floor(delays.length / 2)] ?? Number.NaN,
        worst: delays.at(-1) ?? Number.NaN,
        share: run.ours / run.elapsed,
      };
    },
    seconds,
    total,
  );
  await feed.close();
  return result;
}

/** What else ran on the machine: the load average and the busiest processes. */
function machineLoad() {
  const [one, five] = os.loadavg();
  return { one: Number(one?.toFixed(2)), five: Number(five?.toFixed(2)) };
}

async function main() {
  const args = options();
  if (!existsSync(SHARED_PAGES)) {
    console.log(
      `NOTICE: ${SHARED_PAGES} is absent; the benchmark needs the shared pages. Skipping.`,
    );
    return;
  }
  if (!args['no-build'] && !args.extension) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const pages = readdirSync(SHARED_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .slice(0, args.pages ? Number(args.pages) : undefined);
  const rounds = Number(args.rounds);
  const window = Number(args.window);
  const dynamicSeconds = Number(args['dynamic-seconds']);
  const loadAtStart = machineLoad();
  const started = Date.now();

  const temp = mkdtempSync(path.join(os.tmpdir(), 'd3k2-bench-'));
  const peers = await writePeers(temp);
  const oursDir = args.extension ? path.resolve(args.extension) : CHROME_BUILD;
  /** @type {Config[]} */
  const configs = [
    { name: 'none', label: 'none', dir: null, ours: false, paints: false },
    { name: 'none2', label: 'none again (A/A)', dir: null, ours: false, paints: false },
    { name: 'floor', label: 'floor', dir: peers.floor, ours: false, paints: false },
    { name: 'bare', label: 'bare', dir: peers.bare, ours: false, paints: true },
    { name: 'markjs', label: 'mark.js', dir: peers.markjs, ours: false, paints: true },
    { name: 'ours', label: 'ours', dir: oursDir, ours: true, paints: true },
  ];
  for (const [i, before] of (args.before ?? []).entries()) {
    const dir = path.resolve(before);
    const name = i === 0 ? 'before' : `before${i + 1}`;
    configs.push({ name, label: `ours at ${path.basename(dir)}`, dir, ours: true, paints: true });
  }

  const server = await startServer();
  /** @type {Map<string, Launched>} */
  const browsers = new Map();
  try {
    // A first page in each: the extension is loaded and works (the peers have no other sign),
    // and each browser's caches are warm before anything is counted.
    const warm = async (/** @type {Config} */ config) => {
      const launched = await launch(config);
      browsers.set(config.name, launched);
      const page = await launched.browser.newPage();
      await page.goto(`${server.origin}/fixtures/basic.html`, { waitUntil: 'load' });
      if (config.paints) {
        await page
          .waitForFunction(
            () => document.querySelector('mark') !== null || [...CSS.highlights].length > 0,
            { polling: 100, timeout: 15_000 },
          )
          .catch(() => {
            throw new Error(`${config.label}: nothing painted on a page with mentions`);
          });
      }
      await page.close();
    };
    await Promise.all(configs.map(warm));

    /** @type {Record<string, Record<string, number>[][]>} by configuration, round, page */
    const runs = Object.fromEntries(configs.map((c) => [c.name, []]));
    /** @type {Record<string, Record<string, number>[]>} by configuration, round */
    const slow = Object.fromEntries(configs.map((c) => [c.name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const c of configs) runs[c.name]?.push([]);
      for (const [i, file] of pages.entries()) {
        const url = `${server.origin}/pages/${file}`;
        for (let k = 0; k < configs.length; k++) {
          const config = /** @type {Config} */ (configs[(i + round + k) % configs.length]);
          const launched = /** @type {Launched} */ (browsers.get(config.name));
          runs[config.name]?.[round]?.push(await measureTab(launched, url, { window }));
        }
        process.stdout.write(
          `\rround ${round + 1}/${rounds}, page ${i + 1}/${pages.length}, load average ${machineLoad().one}   `,
        );
      }
      for (const config of configs.filter((c) => c.paints)) {
        const launched = /** @type {Launched} */ (browsers.get(config.name));
        const url = `${server.origin}/fixtures/slow-image.html`;
        slow[config.name]?.push(await measureTab(launched, url, { window, slow: true }));
      }
    }
    process.stdout.write('\n');

    const oursLaunched = /** @type {Launched} */ (browsers.get('ours'));
    const dynamic =
      dynamicSeconds > 0
        ? await runFeed(oursLaunched, oursDir, server.origin, dynamicSeconds)
        : undefined;

    report({ args, configs, pages, rounds, runs, slow, dynamic, oursDir, loadAtStart, started });
  } finally {
    for (const { browser } of browsers.values()) await browser.close().catch(() => undefined);
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * @param {{
 *   args: ReturnType<typeof options>, configs: Config[], pages: string[], rounds: number,
 *   runs: Record<string, Record<string, number>[][]>, slow: Record<string, Record<string, number>[]>,
 *   dynamic: Awaited<ReturnType<typeof runFeed>> | undefined, oursDir: string,
 *   loadAtStart: { one: number, five: number }, started: number,
 * }} results
 */
function report({
  args,
  configs,
  pages,
  rounds,
  runs,
  slow,
  dynamic,
  oursDir,
  loadAtStart,
  started,
}) {
  const none = runs.none ?? [];
  /** A configuration's figure on page `p` of round `r`, minus none's. */
  const delta = (
    /** @type {string} */ name,
    /** @type {number} */ r,
    /** @type {number} */ p,
    /** @type {string} */ key,
  ) => (runs[name]?.[r]?.[p]?.[key] ?? Number.NaN) - (none[r]?.[p]?.[key] ?? Number.NaN);
  const roundsIdx = [...Array(rounds).keys()];
  const pagesIdx = [...pages.keys()];
  /** Per round: the sum over the pages of a configuration's added `key`. */
  const totals = (/** @type {string} */ name, /** @type {string} */ key) =>
    roundsIdx.map((r) => pagesIdx.reduce((s, p) => s + delta(name, r, p, key), 0));
  /** Per round: the median over the pages of a configuration's added `key`, and the largest. */
  const perTab = (/** @type {string} */ name, /** @type {string} */ key) => ({
    median: roundsIdx.map((r) => median(pagesIdx.map((p) => delta(name, r, p, key)))),
    max: roundsIdx.map((r) => Math.max(...pagesIdx.map((p) => delta(name, r, p, key)))),
  });

  const others = configs.filter((c) => c.name !== 'none');
  console.log(
    `\nAdded to ${pages.length} pages by each configuration, minus no extension (ms over all pages; median of ${rounds} round(s), range in brackets):`,
  );
  const head = ['configuration'.padEnd(24), ...METRICS.map(([, , label]) => label.padStart(20))];
  head.push('JS heap KB/tab'.padStart(22), 'Blink heap KB/tab'.padStart(22));
  console.log(head.join(''));
  /** @type {Record<string, Record<string, number[]>>} */
  const summary = {};
  for (const c of others) {
    summary[c.name] = {};
    const cells = [c.label.padEnd(24)];
    for (const [key] of METRICS) {
      const t = totals(c.name, key);
      /** @type {Record<string, number[]>} */ (summary[c.name])[key] = t;
      cells.push(spread(t).padStart(20));
    }
    for (const key of ['js', 'blink']) {
      const { median: med, max } = perTab(c.name, key);
      /** @type {Record<string, number[]>} */ (summary[c.name])[key] = med;
      /** @type {Record<string, number[]>} */ (summary[c.name])[`${key}Max`] = max;
      cells.push(`${spread(med)} ≤${Math.max(...max).toFixed(0)}`.padStart(22));
    }
    console.log(cells.join(''));
  }
  console.log(
    "(CPU: the main thread's CPU time. Compile, style, layout and script: time spent in them by the clock, which other processes on a busy machine stretch.\n" +
      ' Heap: the median added per tab after forced GC, median over rounds (range); ≤ the largest on any page)',
  );

  // Ours, by its own measures.
  for (const c of configs.filter((x) => x.ours)) {
    const self = roundsIdx.map((r) =>
      pagesIdx.reduce((s, p) => s + (runs[c.name]?.[r]?.[p]?.self ?? 0), 0),
    );
    const longest = Math.max(
      ...roundsIdx.flatMap((r) => pagesIdx.map((p) => runs[c.name]?.[r]?.[p]?.longest ?? 0)),
    );
    const highlights = pagesIdx.reduce((s, p) => s + (runs[c.name]?.[0]?.[p]?.highlights ?? 0), 0);
    /** @type {Record<string, number[]>} */
    const passes = {};
    for (const r of roundsIdx) {
      for (const p of pagesIdx) {
        for (const [key, t] of Object.entries(runs[c.name]?.[r]?.[p] ?? {})) {
          if (!key.startsWith('self:')) continue;
          const sums = passes[key.slice(5)] ?? roundsIdx.map(() => 0);
          sums[r] = (sums[r] ?? 0) + t;
          passes[key.slice(5)] = sums;
        }
      }
    }
    console.log(
      `\n${c.label}, its own d3k2: measures over the pages: ${spread(self, 1)} ms; longest single measure ${longest.toFixed(1)} ms; highlights on the pages ${highlights}\n  by pass: ${Object.entries(
        passes,
      )
        .map(([name, t]) => `${name} ${spread(t, 1)}`)
        .join(', ')}`,
    );
  }

  console.log(
    '\nPage whose photo never loads: DOMContentLoaded to the first highlight (ms, median (range) over rounds)',
  );
  for (const c of configs.filter((x) => x.paints)) {
    const paint = (slow[c.name] ?? []).map((r) => r.dclToPaint ?? Number.NaN);
    const look = (slow[c.name] ?? []).map((r) => r.dclToLook ?? Number.NaN);
    console.log(
      `  ${c.label.padEnd(24)} ${spread(paint)}${c.ours ? `   (first look starts ${spread(look)} after DOMContentLoaded)` : ''}`,
    );
  }

  // The first look's script: first-look.js since step 23, content-scripts/content.js before.
  const size = (/** @type {string} */ dir) => {
    const file = ['first-look.js', 'content-scripts/content.js']
      .map((f) => path.join(dir, f))
      .find((f) => existsSync(f));
    return file ? gzipSync(readFileSync(file), { level: 9 }).length : Number.NaN;
  };
  const sizes = configs
    .filter((c) => c.ours && c.dir)
    .map((c) => ({ label: c.label, bytes: size(/** @type {string} */ (c.dir)) }));

  // The budgets of issue 22, round by round.
  // A peer whose added figure is within the noise (zero or below) makes no ratio.
  const ratio = (/** @type {string} */ a, /** @type {string} */ b, /** @type {string} */ key) =>
    roundsIdx.map((r) => {
      const under = summary[b]?.[key]?.[r] ?? Number.NaN;
      return under > 0 ? (summary[a]?.[key]?.[r] ?? Number.NaN) / under : Number.NaN;
    });
  const minus = (/** @type {string} */ a, /** @type {string} */ b, /** @type {string} */ key) =>
    roundsIdx.map(
      (r) => (summary[a]?.[key]?.[r] ?? Number.NaN) - (summary[b]?.[key]?.[r] ?? Number.NaN),
    );
  const holds = (/** @type {number[]} */ values, /** @type {number} */ limit) =>
    values.some((v) => Number.isNaN(v))
      ? 'not measurable (a peer within the noise)'
      : values.every((v) => v <= limit)
        ? 'yes'
        : values.some((v) => v <= limit)
          ? 'in some rounds'
          : 'no';
  console.log('\nBudgets (each round):');
  for (const c of configs.filter((x) => x.ours)) {
    const lines = [
      ['CPU / bare', ratio(c.name, 'bare', 'cpu'), 1.2, 2],
      ['CPU / mark.js', ratio(c.name, 'markjs', 'cpu'), 0.6, 2],
      ['compile / bare', ratio(c.name, 'bare', 'compile'), 2, 2],
      ['JS heap - floor, KB', minus(c.name, 'floor', 'js'), 100, 0],
      ['Blink heap - floor, KB', minus(c.name, 'floor', 'blink'), 50, 0],
    ];
    console.log(`  ${c.label}:`);
    for (const [label, values, limit, digits] of lines) {
      const v = /** @type {number[]} */ (values);
      console.log(
        `    ${String(label).padEnd(24)} ${spread(v, Number(digits)).padEnd(22)} ≤ ${limit}: ${holds(v, Number(limit))}`,
      );
    }
    const paint = (slow[c.name] ?? []).map((r) => r.dclToPaint ?? Number.NaN);
    console.log(
      `    ${'slow page, DCL to paint'.padEnd(24)} ${spread(paint).padEnd(22)} ≤ 500: ${holds(paint, 500)}`,
    );
    const bytes = sizes.find((s) => s.label === c.label)?.bytes ?? Number.NaN;
    console.log(
      `    ${'first look, gzipped'.padEnd(24)} ${`${bytes} bytes`.padEnd(22)} ≤ 6144: ${holds([bytes], 6144)}`,
    );
  }
  const aa = summary.none2;
  if (aa) {
    console.log(
      `\nA/A (none again minus none): CPU ${spread(aa.cpu ?? [])} ms, compile ${spread(aa.compile ?? [], 1)} ms; JS heap ${spread(aa.js ?? [])} KB, Blink heap ${spread(aa.blink ?? [])} KB per tab`,
    );
  }
  if (dynamic) {
    console.log(
      `Feed (ours): ${dynamic.painted}/${dynamic.mentions} mentions painted; insertion to paint median ${dynamic.median.toFixed(1)} ms, worst ${dynamic.worst.toFixed(1)} ms; our share of the main thread ${(dynamic.share * 100).toFixed(2)}%`,
    );
  }
  const loadAtEnd = machineLoad();
  console.log(
    `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${loadAtStart.one} at the start, ${loadAtEnd.one} at the end (5 min: ${loadAtStart.five}, ${loadAtEnd.five}); ${((Date.now() - started) / 60_000).toFixed(1)} min`,
  );

  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        {
          pages,
          rounds,
          configs: configs.map((c) => c.name),
          ours: oursDir,
          summary,
          slow,
          dynamic,
          sizes,
          load: { start: loadAtStart, end: loadAtEnd },
          runs,
        },
        null,
        1,
      ),
    );
  }
}

await main();
