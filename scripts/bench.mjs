// npm run bench: what the extension costs real pages, against mark.js and a bare loop.
//
// For each page in ../shared/pages (scripts stripped, nothing but 127.0.0.1 reachable):
// - with the built extension in Chromium: the sum of its `d3k2:` measures, the longest one,
//   long tasks and DOM mutations after DOMContentLoaded;
// - in the same Chromium without it: mark.js marking the same expression, and a bare
//   TreeWalker + RegExp loop over the text nodes.
// Then a feed that grows by 10,000 paragraphs over 10 s: delay from insertion to paint, and
// the extension's share of the main thread. Finally the content script's size, gzipped.
//
//   node scripts/bench.mjs [--pages N] [--dynamic-seconds S] [--json FILE]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { quietFor } from './in-page.mjs';
import { CHROME_BUILD, launchChromium, unpackedExtensionId } from './launch.mjs';
import { ROOT, SHARED_PAGES, startServer } from './serve.mjs';

/** The command line: `--pages N`, `--dynamic-seconds S`, `--json FILE`, `--no-build`, `--extension DIR`. */
function options() {
  return parseArgs({
    options: {
      pages: { type: 'string' },
      'dynamic-seconds': { type: 'string', default: '10' },
      json: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      // Another unpacked build to measure in place of ours (for before/after comparisons).
      extension: { type: 'string' },
    },
  }).values;
}

// Runs in every page before its own content: long tasks and DOM mutations from
// DOMContentLoaded on (the pages have no scripts left, so any mutation is ours).
const OBSERVE = () => {
  const w = /** @type {any} */ (window);
  w.__bench = { longTasks: 0, mutations: 0 };
  new PerformanceObserver((list) => {
    w.__bench.longTasks += list.getEntries().length;
  }).observe({ type: 'longtask' });
  w.__bench.ourMutations = 0;
  const ours = (/** @type {Node} */ n) =>
    n.nodeName === 'D3K2-CARD' ||
    /** @type {any} */ (n.getRootNode()).host?.nodeName === 'D3K2-CARD';
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      w.__bench.mutations += records.length;
      for (const r of records) {
        if (ours(r.target) || [...r.addedNodes, ...r.removedNodes].some(ours)) {
          w.__bench.ourMutations++;
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Waits as the tests do (see `quietFor`): the extension has looked at the page and then done
 * nothing for 300 ms, so an engine a candidate woke has arrived, scanned and painted.
 * @param {import('@playwright/test').Page} page
 */
const settle = (page) => page.waitForFunction(quietFor, 300, { timeout: 15_000 });

/** @param {string} entry @param {string} globalName */
async function bundle(entry, globalName) {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
  });
  return result.outputFiles[0]?.text;
}

// What compiling costs, cold: each sample in a fresh browser (a renderer keeps compiled
// expressions), the matcher's bundle evaluated and asked once, and the first look's
// prefilter evaluated and run over 200 ordinary text nodes.
/**
 * @param {string} origin
 * @param {string | undefined} matcher
 * @returns {Promise<{ matcher: number[], prefilter: number[] }>}
 */
async function compileCost(origin, matcher) {
  const prefilter = await bundle('content/detect/prefilter.ts', 'Prefilter');
  /** @type {{ matcher: number[], prefilter: number[] }} */
  const compile = { matcher: [], prefilter: [] };
  for (let i = 0; i < 5; i++) {
    const fresh = await launchChromium({ extension: false });
    const page = await fresh.newPage();
    await page.goto(`${origin}/fixtures/no-mentions.html`);
    const times = await page.evaluate(
      ([matcherCode, prefilterCode]) => {
        const w = /** @type {any} */ (window);
        const text = 'An ordinary sentence, with numbers such as 3 and 2024, and nothing for us. ';
        // An inline script runs as soon as it is in the document, in the page's global scope.
        const run = (/** @type {string | undefined} */ code) => {
          const script = document.createElement('script');
          script.textContent = code ?? '';
          document.head.append(script);
        };
        let t0 = performance.now();
        run(prefilterCode);
        for (let n = 0; n < 200; n++) w.Prefilter.mayContain(text + n);
        const prefilterMs = performance.now() - t0;
        t0 = performance.now();
        run(matcherCode);
        w.Matcher.findMentions(
          'Take D3 2000 IU with K2; vitamin D3, cholecalciferol; the D3 exit.',
        );
        return { prefilter: prefilterMs, matcher: performance.now() - t0 };
      },
      [matcher, prefilter],
    );
    compile.matcher.push(times.matcher);
    compile.prefilter.push(times.prefilter);
    await fresh.close();
  }
  return compile;
}

/**
 * One page with our extension (its measures, long tasks and mutations), then in the browser
 * without it: mark.js and the bare loop, with the matcher's own expression.
 * @param {{ withExtension: import('@playwright/test').BrowserContext, without: import('@playwright/test').BrowserContext, url: string, matcher: string | undefined, markJs: string }} run
 */
async function measurePage({ withExtension, without, url, matcher, markJs }) {
  const ours = await withExtension.newPage();
  await ours.goto(url, { waitUntil: 'load' });
  await settle(ours);
  const mine = await ours.evaluate(() => {
    const m = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('d3k2:'));
    const bench = /** @type {any} */ (window).__bench;
    return {
      work: m.reduce((sum, e) => sum + e.duration, 0),
      longest: Math.max(0, ...m.map((e) => e.duration)),
      slices: m.length,
      longTasks: bench.longTasks,
      // A long task of ours is one of our measures at 50 ms or more.
      ourLongTasks: m.filter((e) => e.duration >= 50).length,
      mutations: bench.mutations,
      ourMutations: bench.ourMutations,
      highlights: CSS.highlights.get('d3k2-mention')?.size ?? 0,
      // Per pass (scan, shadow-scan, paint…), to show where the time goes.
      passes: m.reduce(
        (by, e) => {
          by[e.name.slice(5)] = (by[e.name.slice(5)] ?? 0) + e.duration;
          return by;
        },
        /** @type {Record<string, number>} */ ({}),
      ),
    };
  });
  await ours.close();

  const plain = await without.newPage();
  await plain.goto(url, { waitUntil: 'load' });
  await plain.waitForTimeout(300);
  const baseline = await plain.evaluate(() => /** @type {any} */ (window).__bench);
  await plain.addScriptTag({ content: matcher });
  await plain.addScriptTag({ content: markJs });
  const theirs = await plain.evaluate(() => {
    const w = /** @type {any} */ (window);
    const re = w.Matcher.mentionPattern();
    // The bare loop, five times: the first run is cold (its expression compiles, as ours does
    // on every page: each page gets a fresh content script); the median is warm.
    const loops = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        re.lastIndex = 0;
        re.test(/** @type {Text} */ (n).data);
      }
      loops.push(performance.now() - t0);
    }
    const cold = loops[0] ?? 0;
    loops.sort((a, b) => a - b);
    // mark.js once: it changes the page as it marks.
    const t0 = performance.now();
    new w.Mark(document.body).markRegExp(w.Matcher.mentionPattern());
    return { bare: cold, bareWarm: loops[2] ?? 0, markjs: performance.now() - t0 };
  });
  await plain.close();

  return {
    ...mine,
    baselineLongTasks: baseline.longTasks,
    baselineMutations: baseline.mutations,
    ...theirs,
  };
}

/**
 * A feed that grows by `seconds` × 1,000 paragraphs, with room for all its 1,000 mentions:
 * insert-to-paint delays and the extension's share of the main thread.
 * @param {import('@playwright/test').BrowserContext} withExtension
 * @param {string} extensionDir
 * @param {string} origin
 * @param {number} dynamicSeconds
 */
async function runFeed(withExtension, extensionDir, origin, dynamicSeconds) {
  const options = await withExtension.newPage();
  await options.goto(`chrome-extension://${unpackedExtensionId(extensionDir)}/popup.html`);
  await options.evaluate(() =>
    chrome.storage.local.set({ settings: { maxHighlights: 1000 }, settings$: { v: 2 } }),
  );
  await options.close();
  const feed = await withExtension.newPage();
  await feed.goto(`${origin}/fixtures/bench-dynamic.html`);
  await settle(feed);
  const total = Math.round(1000 * dynamicSeconds);
  const dynamic = await feed.evaluate(
    async ([seconds, count]) => {
      const w = /** @type {any} */ (window);
      const result = await w.runFeed(seconds, count);
      const ours = performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('d3k2:') && e.startTime >= result.start)
        .reduce((sum, e) => sum + e.duration, 0);
      const delays = [...result.delays].sort((a, b) => a - b);
      return {
        mentions: result.mentions,
        painted: delays.length,
        median: delays[Math.floor(delays.length / 2)] ?? Number.NaN,
        worst: delays.at(-1) ?? Number.NaN,
        share: ours / result.elapsed,
        longTasks: w.__bench.longTasks,
      };
    },
    [dynamicSeconds, total],
  );
  await feed.close();
  return dynamic;
}

async function main() {
  const args = options();
  if (!existsSync(SHARED_PAGES)) {
    console.log(
      `NOTICE: ${SHARED_PAGES} is absent; the benchmark needs the shared pages. Skipping.`,
    );
    return;
  }
  if (!args['no-build']) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const pages = readdirSync(SHARED_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .slice(0, args.pages ? Number(args.pages) : undefined);
  const dynamicSeconds = Number(args['dynamic-seconds']);
  // The matcher itself, for the page: mark.js and the bare loop use its very expression.
  const matcher = await bundle('content/matcher.ts', 'Matcher');
  const markJs = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

  const server = await startServer();
  const compile = await compileCost(server.origin, matcher);
  const extensionDir = args.extension ? path.resolve(args.extension) : CHROME_BUILD;
  const withExtension = await launchChromium({ extensionDir });
  const without = await launchChromium({ extension: false });
  await withExtension.addInitScript(OBSERVE);
  await without.addInitScript(OBSERVE);

  // The first page a fresh browser shows runs our bundle for the first time in that renderer
  // (lazy compilation and all), which costs extra once. It is measured and shown, but kept
  // out of the per-page totals so that they compare like with like.
  const warmup = await withExtension.newPage();
  await warmup.goto(`${server.origin}/fixtures/no-mentions.html`, { waitUntil: 'load' });
  await settle(warmup);
  const firstRun = await warmup.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('d3k2:'))
      .reduce((sum, e) => Math.max(sum, e.duration), 0),
  );
  await warmup.close();

  /** @type {Record<string, number | string | Record<string, number>>[]} */
  const rows = [];
  for (const file of pages) {
    const url = `${server.origin}/pages/${file}`;
    rows.push({
      page: file,
      ...(await measurePage({ withExtension, without, url, matcher, markJs })),
    });
  }
  const dynamic = await runFeed(withExtension, extensionDir, server.origin, dynamicSeconds);
  await withExtension.close();
  await without.close();
  await server.close();

  const size = gzipSync(readFileSync(path.join(extensionDir, 'content-scripts/content.js')), {
    level: 9,
  }).length;

  /** @param {string} key */
  const sum = (key) => rows.reduce((s, r) => s + Number(r[key]), 0);
  const totals = {
    pages: rows.length,
    work: sum('work'),
    markjs: sum('markjs'),
    bare: sum('bare'),
    bareWarm: sum('bareWarm'),
    longest: Math.max(...rows.map((r) => Number(r.longest))),
    longTasks: sum('longTasks'),
    ourLongTasks: sum('ourLongTasks'),
    baselineLongTasks: sum('baselineLongTasks'),
    mutations: sum('mutations'),
    ourMutations: sum('ourMutations'),
    baselineMutations: sum('baselineMutations'),
    highlights: sum('highlights'),
  };
  /** @type {Record<string, number>} */
  const passes = {};
  for (const r of rows) {
    for (const [name, t] of Object.entries(
      /** @type {Record<string, number>} */ (r.passes ?? {}),
    )) {
      passes[name] = (passes[name] ?? 0) + t;
    }
  }

  // mark.js and the bare loop only search and mark: what we spend loading (evaluating our
  // modules, the extension API and WXT's context coming alive), reading our settings and
  // registering with the browser has no counterpart there, so it is shown apart as well.
  const setUp = (passes.load ?? 0) + (passes.setup ?? 0) + (passes.settings ?? 0);
  const finding = totals.work - setUp;

  /** @param {unknown} n */
  const ms = (n) => Number(n).toFixed(2);
  console.log(
    '\npage                                   ours ms  longest  mark.js ms  bare ms  long tasks  mutations',
  );
  for (const r of rows) {
    console.log(
      `${String(r.page).padEnd(36)} ${ms(r.work).padStart(9)} ${ms(r.longest).padStart(8)} ${ms(r.markjs).padStart(11)} ${ms(r.bare).padStart(8)} ${`${r.longTasks}/${r.baselineLongTasks}`.padStart(11)} ${String(r.ourMutations).padStart(14)}`,
    );
  }
  console.log(`
First run in a fresh browser (a page with no mention, not counted below): longest task ${ms(firstRun)} ms
Pages: ${totals.pages}, highlights on them: ${totals.highlights}
Extension work, total: ${ms(totals.work)} ms (longest single task ${ms(totals.longest)} ms); by pass: ${Object.entries(
    passes,
  )
    .map(([name, t]) => `${name} ${ms(t)}`)
    .join(', ')}
  of which loading and setting up (load, setup, settings: no page text) ${ms(setUp)} ms, finding and painting ${ms(finding)} ms
mark.js, total: ${ms(totals.markjs)} ms  -> ours / mark.js = ${(totals.work / totals.markjs).toFixed(3)} (target <= 0.2); finding and painting alone ${(finding / totals.markjs).toFixed(3)}
Bare loop, total: ${ms(totals.bare)} ms cold, ${ms(totals.bareWarm)} ms warm  -> ours / bare loop (cold) = ${(totals.work / totals.bare).toFixed(3)} (target <= 2); finding and painting alone ${(finding / totals.bare).toFixed(3)}
Long tasks of ours (a d3k2: measure of 50 ms or more): ${totals.ourLongTasks} (target 0); all long tasks on the pages, with the extension ${totals.longTasks}, without ${totals.baselineLongTasks} (page loading varies)
DOM mutations by the extension: ${totals.ourMutations} (target 0); all mutations after DOMContentLoaded, with ${totals.mutations}, without ${totals.baselineMutations}
Feed: ${dynamic.painted}/${dynamic.mentions} mentions painted; insert to paint median ${ms(dynamic.median)} ms, worst ${ms(dynamic.worst)} ms (target < 200); main-thread share ${(dynamic.share * 100).toFixed(2)}% (target < 5%)
Content script: ${(size / 1024).toFixed(2)} KB gzipped, ${size} bytes (target <= 6 KB, 6,144 bytes)
Compiling, cold (median of 5 fresh browsers): matcher with every language ${ms(median(compile.matcher))} ms (evaluated and asked once), first look's prefilter ${ms(median(compile.prefilter))} ms (evaluated and run on 200 nodes)
Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        { firstRun, rows, totals, passes, setUp, finding, dynamic, size, compile },
        null,
        2,
      ),
    );
  }
}

await main();
