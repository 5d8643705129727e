import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, requireBrowser } from '../../scripts/browsers.mjs';
import { ROOT } from '../../scripts/serve.mjs';

export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');

/**
 * Firefox ESR with the built extension installed as a temporary add-on (WebDriver BiDi).
 * Every connection that is not to this machine goes to a dead proxy: nothing leaves it.
 */
export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(FIREFOX_PATH, 'Firefox', 'apt-get install firefox-esr'),
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0);
}

export function mentionPoint(page: Page, n = 0): Promise<{ x: number; y: number }> {
  return page.evaluate((index: number) => {
    const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[index];
    if (!range) throw new Error(`no mention #${index}`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0] as DOMRect;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, n);
}

/** Polls `read` until it returns `expected` or the time runs out; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, expected: T, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (value !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
