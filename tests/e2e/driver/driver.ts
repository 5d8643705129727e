// One Driver for both browsers. Pages are puppeteer `Page`s in both (CDP in Chromium,
// WebDriver BiDi in Firefox), so mouse, keyboard, touchscreen, evaluate and setViewport are
// the same calls; what differs (extension pages, how they are reached) is settled here.
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import type { BrowserName } from './capabilities';
import { cardButtonCentre } from './in-card';
import { type LaunchOptions, launch } from './launch';
import { poll, sleep } from './poll';

export const VIEWPORT = { width: 1000, height: 700 };

export interface Driver {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The test server, http://127.0.0.1:<port>. */
  readonly origin: string;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  readonly extensionOrigin: string;
  /** Every request any page opened through the driver made, as full URLs. */
  readonly requests: string[];
  newPage(options?: { touch?: boolean }): Promise<Page>;
  /** A tab showing one of the extension's pages ('popup.html', 'options.html'). */
  extensionPage(file: string): Promise<Page>;
  /** Runs `fn` in an extension page, where `browser`/`chrome` is the WebExtension API. */
  inExtension<T>(fn: () => Promise<T>): Promise<T>;
  /** Settings back to their defaults. */
  resetStorage(): Promise<void>;
  /** Closes every tab the driver opened. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

export async function startDriver(
  name: BrowserName,
  origin: string,
  options: LaunchOptions = {},
): Promise<Driver> {
  const launched = await launch(name, options);
  const { extensionOrigin } = launched;
  const b = launched.browser;
  // Start from no tabs: a stray blank one would count as a tab in tests (the popup, opened
  // as a page, describes the last tab the user was on). Keep one in Firefox: its last tab
  // closing would end the session.
  const strays = await b.pages();
  const requests: string[] = [];
  const opened = new Set<Page>();

  const track = (page: Page) => {
    opened.add(page);
    page.on('request', (r: HTTPRequest) => {
      requests.push(r.url());
    });
    page.once('close', () => opened.delete(page));
    return page;
  };

  const newPage = async ({ touch = false } = {}) => {
    const page = track(await b.newPage());
    await page.setViewport({ ...VIEWPORT, hasTouch: touch });
    return page;
  };

  /** Firefox: the card's "Settings" button opens the options page in a new tab. */
  const optionsThroughCard = async (): Promise<Page> => {
    const helper = await newPage();
    await helper.goto(`${origin}/fixtures/basic.html`);
    await poll(() => helper.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0), 3);
    const point = await helper.evaluate(() => {
      const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
      const box = ranges[0]?.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    });
    if (!point) throw new Error('no mention to hover');
    await helper.mouse.move(point.x, point.y);
    const button = await poll(
      () => helper.evaluate(cardButtonCentre, 'Settings'),
      (b) => b !== null,
    );
    if (!button) throw new Error('no Settings button');
    const before = new Set(await b.pages());
    await helper.mouse.click(button.x, button.y);
    for (let i = 0; i < 100; i++) {
      for (const p of await b.pages()) {
        if (before.has(p)) continue;
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${extensionOrigin}/options.html`)) {
          await helper.close();
          track(p);
          await p.setViewport(VIEWPORT);
          return p;
        }
      }
      await sleep(100);
    }
    throw new Error('the options page did not open');
  };

  const extensionPage = async (file: string): Promise<Page> => {
    if (name === 'chromium') {
      const page = await newPage();
      await page.goto(`${extensionOrigin}/${file}`);
      return page;
    }
    const page = await optionsThroughCard();
    if (!file.startsWith('options.html')) {
      // Over BiDi a page may go on from one extension page to another by itself.
      await page.evaluate((f) => location.assign(f), file);
      await poll(
        () =>
          page
            .evaluate(() => document.readyState === 'complete' && location.href)
            .catch(() => false),
        (href) => typeof href === 'string' && href.startsWith(`${extensionOrigin}/${file}`),
        { timeout: 10_000 },
      );
    }
    return page;
  };

  const driver: Driver = {
    name,
    browser: b,
    origin,
    extensionOrigin,
    requests,
    newPage,
    extensionPage,
    async inExtension<T>(fn: () => Promise<T>): Promise<T> {
      const page = await extensionPage('options.html');
      try {
        return (await page.evaluate(fn)) as T;
      } finally {
        await page.close();
      }
    },
    async resetStorage() {
      await driver.inExtension(() =>
        (typeof browser === 'undefined' ? chrome : browser).storage.local.clear(),
      );
    },
    async closePages() {
      for (const page of [...opened]) await page.close().catch(() => undefined);
    },
    async close() {
      await b.close();
    },
  };
  if (name === 'chromium') for (const stray of strays) await stray.close();
  return driver;
}
