import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

// The content script runs on every page, and webextension-polyfill adds 3 KB (gzipped) to
// it. What it uses (runtime messaging, storage.local) returns promises natively in Firefox
// and in Chrome's MV3, so there `wxt/browser` resolves to WXT's own bare `browser` (which is
// `globalThis.browser` or `chrome`). Extension pages and the background keep the polyfill.
// The one behaviour that differs, a listener answering with a promise, is avoided there:
// the content script answers with `sendResponse`.
const POLYFILLED = '@wxt-dev/webextension-polyfill/browser';
const BARE = createRequire(import.meta.url).resolve('@wxt-dev/browser');

/** True for a Vite build of one of our content scripts (WXT builds each in library mode). */
export function isContentScriptEntry(entry: unknown): boolean {
  const entries = typeof entry === 'string' ? [entry] : Object.values(entry ?? {});
  return entries.some(
    (e) =>
      typeof e === 'string' &&
      /[\\/]entrypoints[\\/](?:first-look\.ts$|engine\.content[\\/])/.test(e),
  );
}

export function leanContentBrowser(): Plugin {
  let content = false;
  return {
    name: 'd3k2:lean-content-browser',
    enforce: 'pre',
    configResolved(config) {
      content = config.build.lib !== false && isContentScriptEntry(config.build.lib.entry);
    },
    resolveId(id) {
      return content && id === POLYFILLED ? BARE : undefined;
    },
  };
}
