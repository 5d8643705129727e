// How the benchmark and the soak run start Chromium and read a tab's memory, over CDP.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, extensionFlags, requireBrowser } from './browsers.mjs';
import { unpackedExtensionId } from './launch.mjs';

/**
 * One configuration of the browser: `dir` the unpacked extension it loads (null: none);
 * `ours`: a build of ours (it has a service worker to wait for, and `d3k2:` measures);
 * `paints`: it highlights what it finds.
 * @typedef {{ name: string, label: string, dir: string | null, ours: boolean, paints: boolean }} Config
 */

/**
 * A browser for one configuration. Every request goes to a proxy that is not there, except
 * 127.0.0.1's: nothing leaves the machine, and a refused request costs nothing on the page
 * (no interception by the protocol, which would cost every configuration a round trip).
 * @param {Config} config
 */
export async function launch(config) {
  const browser = await puppeteer.launch({
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium', 'apt-get install chromium'),
    headless: true,
    pipe: true,
    enableExtensions: config.dir !== null,
    defaultViewport: { width: 1000, height: 700 },
    args: [
      ...CHROMIUM_FLAGS,
      ...(config.dir ? extensionFlags(config.dir) : []),
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=127.0.0.1',
    ],
  });
  if (config.ours && config.dir) {
    const id = unpackedExtensionId(config.dir);
    await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
      { timeout: 20_000 },
    );
  }
  const session = await browser.target().createCDPSession();
  return { browser, session };
}

/** @typedef {Awaited<ReturnType<typeof launch>>} Launched */

/** How many renderer processes the browser has. @param {Launched} launched */
export async function renderers(launched) {
  const info = /** @type {{ processInfo: { type: string, id: number }[] }} */ (
    await launched.session.send('SystemInfo.getProcessInfo')
  );
  return info.processInfo.filter((p) => p.type === 'renderer').length;
}

/**
 * A tab's renderer after forced garbage collection: its JS heap (every world's: the page's and
 * the extensions'), Blink's own heap (Oilpan: DOM nodes, style, highlights), in KB, and its DOM
 * counters (documents, nodes, JS event listeners).
 * @param {import('puppeteer-core').CDPSession} cdp
 */
export async function memoryAfterGc(cdp) {
  // Twice: what the first collection frees can keep more alive until the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = /** @type {{ usedSize: number, embedderHeapUsedSize: number }} */ (
    await cdp.send('Runtime.getHeapUsage')
  );
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    js: heap.usedSize / 1024,
    blink: heap.embedderHeapUsedSize / 1024,
    documents: counters.documents,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

/**
 * The tab's counters from `Performance.getMetrics`, read once: `ms(name)` gives one in ms (the
 * protocol gives seconds), 0 where the browser has none by that name.
 * @param {import('puppeteer-core').CDPSession} cdp
 */
export async function metricsMs(cdp) {
  const { metrics } = /** @type {{ metrics: { name: string, value: number }[] }} */ (
    await cdp.send('Performance.getMetrics')
  );
  return (/** @type {string} */ name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
}
