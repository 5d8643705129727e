import path from 'node:path';
import { test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, requireBrowser } from '../../scripts/browsers.mjs';
import { mentionCentre, paintedCount, cardState as readCard } from '../../scripts/in-page.mjs';
import { ROOT, startServer } from '../../scripts/serve.mjs';
import { sleep, waitFor } from '../e2e/poll';

export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'd3k2-companion@forheartstrong.com';
// Firefox gives each add-on a random moz-extension:// host per profile; the tests pin it.
const ADDON_UUID = '5c6f8e2a-0d3b-4b9e-9a77-d3d3c0ffee42';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

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
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
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
  return page.evaluate(paintedCount);
}

export function mentionPoint(page: Page, n = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(mentionCentre, [n, 'center'] as [number, ScrollLogicalPosition | 'none']);
}

/** The card as the page's own world sees it. */
export function cardState(page: Page) {
  return page.evaluate(readCard);
}

export { sleep, waitFor } from '../e2e/poll';

/**
 * Registers the hooks every Firefox spec file needs: one server and one Firefox with the
 * extension for the file, closed after it. Read them inside tests, once the hooks have run.
 */
export function useFirefox(): { readonly firefox: Browser; readonly origin: string } {
  let firefox: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  test.beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
  });
  test.afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  return {
    get firefox() {
      if (!firefox) throw new Error('Firefox is not running: use it inside a test');
      return firefox;
    },
    get origin() {
      if (!server) throw new Error('the server is not running: use it inside a test');
      return server.origin;
    },
  };
}

/**
 * Opens a fixture (by default the basic one, with three mentions) in `page` and rests the
 * pointer on its first mention; says how many were painted, whether the card opened, and
 * where the pointer is.
 */
export async function hoverFirstMention(
  page: Page,
  origin: string,
  fixture = 'basic.html',
  mentions = 3,
) {
  await page.goto(`${origin}/fixtures/${fixture}`);
  const painted = await waitFor(() => highlightCount(page), mentions);
  const point = await mentionPoint(page, 0);
  await page.mouse.move(point.x, point.y);
  const open = await waitFor(async () => (await cardState(page)).open, true);
  return { painted, open, point };
}

/**
 * Opens the extension's options page and returns it. WebDriver BiDi may not navigate to
 * moz-extension:// addresses, so it is opened the way a user would: hover a mention and press
 * the card's "Settings" button. The tab that opens is reported as about:blank, so it is found
 * by asking each page where it is.
 */
export async function openOptionsPage(firefox: Browser, origin: string): Promise<Page> {
  const helper = await firefox.newPage();
  await hoverFirstMention(helper, origin);
  const button = await helper.evaluate(() => {
    const settings = [
      ...(document.querySelector('d3k2-card')?.shadowRoot?.querySelectorAll('button') ?? []),
    ].find((b) => b.textContent === 'Settings');
    const r = settings?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  });
  if (!button) throw new Error('no Settings button on the card');
  await helper.mouse.click(button.x, button.y);
  for (let i = 0; i < 50; i++) {
    for (const p of await firefox.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/options.html`)) {
        await helper.close();
        return p;
      }
    }
    await sleep(100);
  }
  throw new Error('the options page did not open');
}
