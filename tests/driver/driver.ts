// One `Driver` for both browsers: tabs, input, evaluation, the extension's own pages, its
// storage, and the proxy's request log. Specs and page objects speak only to this; where the
// two protocols differ (opening an extension page, above all) the difference stays in here.
import type { ElementHandle, JSHandle, KeyInput, Page } from 'puppeteer-core';
import { mentionCentre } from '../../scripts/in-page.mjs';
import { MENTION_COMMANDS } from '../../utils/commands';
import { type BrowserName, type Launched, type LaunchOptions, launch } from './launch';
import { hold, poll } from './poll';
import type { LoggedRequest, RoutedResponse } from './proxy';
import { queryRole, type RoleQuery } from './roles';

export type { BrowserName, LaunchOptions } from './launch';

/** The extension's pages a test opens. */
export type ExtensionPath = 'popup.html' | 'options.html';

/** A keyboard command as the browser reports it (`commands.getAll`). */
export interface ReportedCommand {
  name?: string;
  description?: string;
  shortcut?: string;
}

/**
 * Where each browser's own shortcut settings open: Chrome's page, and the add-ons manager,
 * whose shortcuts view Firefox opens (the tab's address does not name the view).
 */
const SHORTCUT_SETTINGS: Record<BrowserName, string> = {
  chromium: 'chrome://extensions/shortcuts',
  firefox: 'about:addons',
};

/**
 * Where a page is. Firefox 140's BiDi sends no navigation event for a page loaded in the
 * parent process (about:addons), so puppeteer's `url()` stays at the tab's first about:blank;
 * the page itself still answers.
 */
async function addressOf(page: Page): Promise<string> {
  const url = page.url();
  if (url !== 'about:blank') return url;
  return page.evaluate(() => location.href).catch(() => url);
}

/**
 * Does a thrown error, or the error it wraps, say `text`? How the driver tells one known
 * refusal of a browser's protocol from a real failure.
 */
function errorSays(error: unknown, text: string): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return String(error).includes(text) || (cause !== undefined && String(cause).includes(text));
}

/** What one control (found by role and name) shows. */
export interface ControlInfo {
  text: string;
  checked: boolean | null;
  disabled: boolean;
  visible: boolean;
  value: string | null;
}

/**
 * An element found by role and name, found again on every call (as a Playwright locator is):
 * the page may have rendered it anew meanwhile.
 */
export class Control {
  constructor(
    readonly tab: Tab,
    readonly query: RoleQuery,
    readonly index = 0,
  ) {}

  nth(index: number): Control {
    return new Control(this.tab, this.query, index);
  }

  private async all(): Promise<JSHandle<Element[]>> {
    return this.tab.page.evaluateHandle(queryRole, this.query);
  }

  /** How many elements match (all of them, not just this one). */
  async count(): Promise<number> {
    const all = await this.all();
    try {
      return await all.evaluate((els) => els.length);
    } finally {
      await all.dispose();
    }
  }

  /** What the element shows, or null while there is none. */
  async info(): Promise<ControlInfo | null> {
    const all = await this.all();
    try {
      return await all.evaluate((els, i) => {
        const el = els[i] as HTMLElement | undefined;
        if (!el) return null;
        const input = el as HTMLInputElement;
        const checkable = input.type === 'checkbox' || input.type === 'radio';
        const aria = el.getAttribute('aria-checked');
        const r = el.getBoundingClientRect();
        return {
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          checked: checkable ? input.checked : aria === null ? null : aria === 'true',
          disabled: input.disabled === true || el.getAttribute('aria-disabled') === 'true',
          visible: r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }),
          value: 'value' in input && typeof input.value === 'string' ? input.value : null,
        };
      }, this.index);
    } finally {
      await all.dispose();
    }
  }

  async exists(): Promise<boolean> {
    return (await this.info()) !== null;
  }

  async isVisible(): Promise<boolean> {
    return (await this.info())?.visible ?? false;
  }

  async text(): Promise<string | null> {
    return (await this.info())?.text ?? null;
  }

  async isChecked(): Promise<boolean | null> {
    return (await this.info())?.checked ?? null;
  }

  async isDisabled(): Promise<boolean | null> {
    return (await this.info())?.disabled ?? null;
  }

  async attribute(name: string): Promise<string | null> {
    return this.withElement((el) => el.evaluate((e, n) => e.getAttribute(n), name));
  }

  /** The element, waited for (5 s), for an action. */
  private async withElement<T>(act: (el: ElementHandle<Element>) => Promise<T>): Promise<T> {
    await poll(() => this.exists(), true, { message: `${describe(this.query)} on the page` });
    const all = await this.all();
    const el = (await all.evaluateHandle((els, i) => els[i], this.index)) as ElementHandle<Element>;
    await all.dispose();
    try {
      return await act(el);
    } finally {
      // The element's page may be gone (see `click`).
      await el.dispose().catch(() => undefined);
    }
  }

  /** A real click (the pointer moves to the element's centre, scrolled into view). */
  click(): Promise<void> {
    return this.withElement(async (el) => {
      try {
        await el.click();
      } catch (error) {
        // The click closed its own page (the popup closes once it has shown a mention), and
        // Firefox 140.12 ESR then reports the finished action against the page that is gone.
        if (!errorSays(error, 'DiscardedBrowsingContextError')) throw error;
      }
    });
  }

  focus(): Promise<void> {
    return this.withElement((el) => el.focus());
  }

  /** Clicks a checkbox, radio or switch if it is not already in that state; then checks. */
  async setChecked(checked: boolean): Promise<void> {
    if ((await this.isChecked()) !== checked) await this.click();
    await poll(() => this.isChecked(), checked, { message: `${describe(this.query)} checked` });
  }

  check = () => this.setChecked(true);
  uncheck = () => this.setChecked(false);

  /** Empties a field and types `text` into it, as a person would. */
  async fill(text: string): Promise<void> {
    await this.withElement(async (el) => {
      await el.focus();
      await el.evaluate((e) => {
        (e as HTMLInputElement).value = '';
      });
    });
    await this.tab.type(text);
  }

  /** Focuses the element and presses `keys` there. */
  async press(keys: string): Promise<void> {
    await this.focus();
    await this.tab.press(keys);
  }
}

const describe = (q: RoleQuery) =>
  `${q.role}${q.name !== undefined ? ` "${q.name}"` : q.pattern !== undefined ? ` /${q.pattern}/` : ''}`;

/** One browser tab. */
export class Tab {
  constructor(readonly page: Page) {}

  /** Touch as last set by `setViewport` (a page starts without). */
  private touch = false;

  /** Loads `url` and waits for its load event. */
  async goto(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<void> {
    try {
      await this.page.goto(url, { waitUntil });
    } catch (error) {
      // Once in a CI run of Firefox ESR (one of 65 real pages, from our own 127.0.0.1 server,
      // on a busy machine) BiDi reported the load as an error page, "Address rejected". That
      // says nothing of the extension: the page is asked for once more, and a second failure
      // fails the test.
      if (!errorSays(error, 'Address rejected')) throw error;
      await this.page.goto(url, { waitUntil });
    }
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  /** Where the tab is, as its own document says (Firefox's BiDi misses some navigations). */
  url(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  evaluate: Page['evaluate'] = (fn, ...args) => this.page.evaluate(fn, ...args);

  /** Waits in the page for `fn(arg)` to be truthy, checking every 50 ms. */
  async waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout = 10_000): Promise<void> {
    await waitInPage(this.page, fn, arg, timeout);
  }

  async move(x: number, y: number, steps = 1): Promise<void> {
    await this.page.mouse.move(x, y, { steps });
  }

  /** Focuses the element `selector` finds. */
  async focus(selector: string): Promise<void> {
    await this.page.focus(selector);
  }

  async click(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  /** Presses the left button where the pointer is (and holds it until `up`). */
  async down(): Promise<void> {
    await this.page.mouse.down();
  }

  async up(): Promise<void> {
    await this.page.mouse.up();
  }

  /** Two clicks in quick succession, as a person double-clicks a word. */
  async doubleClick(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y, { count: 2 });
  }

  async tap(x: number, y: number): Promise<void> {
    await this.page.touchscreen.tap(x, y);
  }

  /** Presses a key or a chord, as Playwright writes them: 'Escape', 'Shift+Tab', 'Space'. */
  async press(keys: string): Promise<void> {
    const parts = keys.split('+') as KeyInput[];
    const last = parts.pop() as string;
    // Playwright's name for the space bar; puppeteer's BiDi keyboard knows it only as ' '.
    const key = (last === 'Space' ? ' ' : last) as KeyInput;
    for (const modifier of parts) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key);
    for (const modifier of parts.reverse()) await this.page.keyboard.up(modifier);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /**
   * Resizes the viewport. `mobile`: lay pages out as a phone does (a page without a viewport
   * meta gets a 980 px layout, zoomed out to fit; capability `mobileViewport`); `touch`: a
   * touch screen (both reload the page when they change); `scale`: device pixels per CSS px.
   */
  async setViewport(
    width: number,
    height: number,
    options: { mobile?: boolean; touch?: boolean; scale?: number } = {},
  ): Promise<void> {
    const touch = options.touch ?? false;
    try {
      await this.page.setViewport({
        width,
        height,
        isMobile: options.mobile ?? false,
        hasTouch: touch,
        deviceScaleFactor: options.scale ?? 1,
      });
    } catch (error) {
      // Puppeteer sends a screen orientation with every viewport over BiDi, a command Firefox
      // 140.12 ESR does not know; the size, scale and touch commands went out beside it, but
      // the reload a change of touch needs did not.
      if (!errorSays(error, 'setScreenOrientationOverride')) throw error;
      if (touch !== this.touch) await this.page.reload({ waitUntil: 'load' });
    }
    this.touch = touch;
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  /** An element by role and accessible name (see ./roles.ts). */
  role(role: string, name?: string, options: Omit<RoleQuery, 'role' | 'name'> = {}): Control {
    return new Control(this, { role, ...(name === undefined ? {} : { name }), ...options });
  }

  /** Does the rendered text of the page (what is visible) contain `text`? */
  hasText(text: string): Promise<boolean> {
    return this.page.evaluate((t) => document.body.innerText.includes(t), text);
  }

  /**
   * The tab's renderer after forced garbage collection (capability `heapCounters`): its JS
   * heap (the page's world and the extension's) and Blink's, in KB, its DOM nodes and its JS
   * event listeners.
   */
  async memory(): Promise<{ js: number; blink: number; nodes: number; listeners: number }> {
    const cdp = await this.page.createCDPSession();
    try {
      // Twice: what the first collection frees can keep more alive until the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as {
        usedSize: number;
        embedderHeapUsedSize: number;
      };
      const counters = await cdp.send('Memory.getDOMCounters');
      return {
        js: heap.usedSize / 1024,
        blink: heap.embedderHeapUsedSize / 1024,
        nodes: counters.nodes,
        listeners: counters.jsEventListeners,
      };
    } finally {
      await cdp.detach();
    }
  }

  /** Adds a script to the page by its source. */
  async addScript(content: string): Promise<void> {
    await this.page.addScriptTag({ content });
  }

  async setContent(html: string): Promise<void> {
    await this.page.setContent(html);
  }

  /** The document's frames, the top one first. */
  frames() {
    return this.page.frames();
  }

  /**
   * Errors the page reports, collected from now on into the returned list: uncaught ones and
   * (unless `console` is false) console errors. Both protocols report a content script's
   * errors here too, not only the page's own. Matches of the patterns are left out.
   */
  collectErrors(ignore: { console?: RegExp | false; uncaught?: RegExp } = {}): string[] {
    const errors: string[] = [];
    const consoleFilter = ignore.console;
    if (consoleFilter !== false) {
      this.page.on('console', (m) => {
        if (m.type() !== 'error' || consoleFilter?.test(m.text())) return;
        // The browser's own request for a favicon, which the test server does not have.
        if (/\/favicon\.ico$/.test(m.location().url ?? '')) return;
        errors.push(m.text());
      });
    }
    this.page.on('pageerror', (e) => {
      const message = e instanceof Error ? e.message : String(e);
      if (!ignore.uncaught?.test(message)) errors.push(message);
    });
    return errors;
  }

  /**
   * Closes the tab. `asUser`: as a person closing it does, with the page's unload handlers
   * run (the protocols skip them by default).
   */
  async close({ asUser = false } = {}): Promise<void> {
    if (!this.page.isClosed()) await this.page.close({ runBeforeUnload: asUser });
  }
}

/** A browser with the extension, the tabs a test opens in it, and the way to its pages. */
export class Driver {
  /** Where the request log starts: after the driver's own setting up. */
  private readonly logStart: number;
  /** A test changed a keyboard shortcut: the manifest's come back when it ends. */
  private shortcutsChanged = false;

  private constructor(
    private readonly launched: Launched,
    /** The test server's origin (http://127.0.0.1:port). */
    readonly origin: string,
    /**
     * An extension page kept open for the driver's own use (storage, tabs, badges): Firefox
     * lets WebDriver BiDi open no moz-extension:// address, so it is reached once, the way a
     * user would, and used from then on. Null without the extension.
     */
    private readonly control: Page | null,
  ) {
    this.logStart = launched.proxy.log.length;
  }

  static async start(
    name: BrowserName,
    origin: string,
    options: LaunchOptions = {},
  ): Promise<Driver> {
    const launched = await launch(name, options);
    try {
      const control = launched.extensionOrigin ? await openControl(launched, origin) : null;
      return new Driver(launched, origin, control);
    } catch (error) {
      await launched.close();
      throw error;
    }
  }

  get name(): BrowserName {
    return this.launched.name;
  }

  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  get extensionOrigin(): string {
    if (!this.launched.extensionOrigin) throw new Error('started without the extension');
    return this.launched.extensionOrigin;
  }

  async newTab(): Promise<Tab> {
    return new Tab(await this.launched.browser.newPage());
  }

  /** Every open tab but the driver's own extension page. */
  async tabs(): Promise<Tab[]> {
    const pages = await this.launched.browser.pages();
    return pages.filter((p) => p !== this.control && !p.isClosed()).map((p) => new Tab(p));
  }

  /**
   * Opens one of the extension's pages in a new tab, as a person would open its address (in
   * Firefox, which will not navigate there over BiDi, the extension opens it).
   */
  async openExtensionPage(path: ExtensionPath): Promise<Tab> {
    const url = `${this.extensionOrigin}/${path}`;
    if (this.name === 'chromium') {
      const tab = await this.newTab();
      await tab.goto(url);
      return tab;
    }
    return this.waitForExtensionPage(path, () =>
      this.inExtension((u) => {
        void browser.tabs.create({ url: u });
      }, url),
    );
  }

  /** Runs `action` (a click that opens one of the extension's pages) and finds that tab. */
  async waitForExtensionPage(path: ExtensionPath, action: () => Promise<void>): Promise<Tab> {
    const before = new Set(await this.launched.browser.pages());
    await action();
    const url = `${this.extensionOrigin}/${path}`;
    const found = await poll(
      async () => {
        for (const page of await this.launched.browser.pages()) {
          if (before.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(url)) return page;
        }
        return null;
      },
      (page) => page !== null,
      { timeout: 10_000, message: `a tab at ${url}` },
    );
    const page = found as Page;
    await waitInPage(page, () => document.readyState === 'complete', undefined);
    return new Tab(page);
  }

  /** Evaluates `fn` in an extension page, where the WebExtension API is. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    if (!this.control) throw new Error('started without the extension');
    return this.control.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>;
  }

  /** The extension's keyboard commands, as the browser reports them to the extension. */
  commands(): Promise<ReportedCommand[]> {
    return this.inExtension(async () => {
      const api = typeof browser !== 'undefined' ? browser : chrome;
      return api.commands.getAll();
    }, null);
  }

  /**
   * Sets the shortcut of one of the extension's commands ('' leaves it unassigned), as the
   * user does in the browser's shortcut settings. Firefox lets the extension do it
   * (`commands.update`). Chrome gives extensions no way to; its shortcuts page does it
   * through its own private API, called here in that page (opened for the purpose unless a
   * test has one open already).
   */
  async setShortcut(command: string, shortcut: string): Promise<void> {
    this.shortcutsChanged = true;
    if (this.name === 'firefox') {
      await this.inExtension(
        async ([name, keys]) => {
          await browser.commands.update({ name, shortcut: keys });
        },
        [command, shortcut] as [string, string],
      );
      return;
    }
    const url = SHORTCUT_SETTINGS.chromium;
    const pages = await this.launched.browser.pages();
    const open = pages.find((p) => !p.isClosed() && p.url().startsWith(url));
    const page = open ?? (await this.launched.browser.newPage());
    try {
      if (!open) await page.goto(url);
      await page.evaluate(
        async ([extensionId, commandName, keybinding]) => {
          // The page's private API: chrome.developerPrivate, which only chrome:// pages have.
          const api = (globalThis as unknown as { chrome: Record<string, Record<string, unknown>> })
            .chrome.developerPrivate as {
            updateExtensionCommand(update: object): Promise<void>;
          };
          await api.updateExtensionCommand({ extensionId, commandName, keybinding });
        },
        [new URL(this.extensionOrigin).host, command, shortcut] as [string, string, string],
      );
    } finally {
      if (!open) await page.close();
    }
  }

  /** Puts back the manifest's shortcuts (after a test changed them). */
  async resetShortcuts(): Promise<void> {
    for (const [name, command] of Object.entries(MENTION_COMMANDS)) {
      if (this.name === 'firefox') {
        await this.inExtension((n) => browser.commands.reset(n), name);
      } else {
        await this.setShortcut(name, command.suggested_key.default);
      }
    }
    this.shortcutsChanged = false;
  }

  /**
   * Runs `action` (a click that should open the browser's own shortcut settings) and finds the
   * tab that opened there.
   */
  async waitForShortcutSettings(action: () => Promise<void>): Promise<Tab> {
    const before = new Set(await this.launched.browser.pages());
    await action();
    const url = SHORTCUT_SETTINGS[this.name];
    const found = await poll(
      async () => {
        for (const page of await this.launched.browser.pages()) {
          if (!before.has(page) && (await addressOf(page)).startsWith(url)) return page;
        }
        return null;
      },
      (page) => page !== null,
      { timeout: 10_000, message: `a tab at ${url}` },
    );
    return new Tab(found as Page);
  }

  /** Clears the extension's storage: settings back to their defaults. */
  async resetStorage(): Promise<void> {
    await this.setStorage(null);
  }

  /** Writes raw values into the extension's storage (null: clears it). */
  async setStorage(values: Record<string, unknown> | null): Promise<void> {
    await this.inExtension(async (v) => {
      const api = typeof browser !== 'undefined' ? browser : chrome;
      if (v === null) await api.storage.local.clear();
      else await api.storage.local.set(v);
    }, values);
  }

  /**
   * Sends a message to the content script of every tab, as the background does for the
   * keyboard command (see utils/commands.ts): without the "tabs" permission, which we do not
   * ask for, tab addresses are hidden, and only a page with mentions acts on it.
   */
  async sendToAllTabs(message: { type: string }): Promise<void> {
    await this.inExtension(async (m) => {
      const api = typeof browser !== 'undefined' ? browser : chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id !== undefined) await api.tabs.sendMessage(tab.id, m).catch(() => undefined);
      }
    }, message);
  }

  /** The badge text of every tab that is not one of the extension's pages, in tab order. */
  badges(): Promise<string[]> {
    return this.inExtension(async () => {
      const api = typeof browser !== 'undefined' ? browser : chrome;
      // Chrome (MV3) has `action`; Firefox, on MV2 here, `browserAction`.
      const action = api.action ?? api.browserAction;
      const self = await api.tabs.getCurrent();
      // Chromium 150 reports the tab of our options page without a URL (Chromium 156 gives
      // it); a web page's tab has one, so a tab without is left out.
      const tabs = (await api.tabs.query({})).filter(
        (t) => t.id !== self?.id && t.url !== undefined && !t.url.startsWith(location.origin),
      );
      return Promise.all(tabs.map((t) => action.getBadgeText({ tabId: t.id })));
    }, null);
  }

  /** Answers requests for `url` with `response` (until the test ends). */
  route(url: string, response: RoutedResponse): void {
    this.launched.proxy.route(url, response);
  }

  /** Every request the browser has made since the driver was ready (the proxy's log). */
  requests(): LoggedRequest[] {
    return this.launched.proxy.log.slice(this.logStart);
  }

  /**
   * Waits until the browser has asked for nothing new for `ms` (at most `timeout`): what a
   * page loads late (its icons, say) is in the log before it is read.
   */
  async networkQuiet(ms = 500, timeout = 10_000): Promise<void> {
    const end = Date.now() + timeout;
    let seen = -1;
    while (seen !== this.launched.proxy.log.length && Date.now() < end) {
      seen = this.launched.proxy.log.length;
      await hold(ms);
    }
  }

  /** Installs the extension again over itself: the same id, a new instance (an update). */
  async reinstallExtension(): Promise<void> {
    await this.launched.reinstall();
  }

  /** After each test: its tabs closed, its routes gone, the settings back to their defaults. */
  async cleanUp(): Promise<void> {
    for (const tab of await this.tabs()) await tab.close();
    this.launched.proxy.unrouteAll();
    if (this.shortcutsChanged) await this.resetShortcuts();
    if (this.control) await this.resetStorage();
  }

  async close(): Promise<void> {
    await this.launched.close();
  }
}

/**
 * The driver's own extension page, popup.html. Chromium opens its address. Firefox is given
 * it the way a user gets there: a page with a mention, its card, the card's Settings button;
 * the options tab that opens then moves to popup.html (options.html must stay free: the
 * browser focuses an open one instead of opening it again). The page is served as
 * `localhost`, a host that no test turns off, so this works on a kept profile too.
 */
async function openControl(launched: Launched, origin: string): Promise<Page> {
  const { browser: b } = launched;
  const [first] = await b.pages();
  const page = first ?? (await b.newPage());
  const popupUrl = `${launched.extensionOrigin}/popup.html`;
  if (launched.name === 'chromium') {
    await page.goto(popupUrl);
    return page;
  }
  const before = new Set(await b.pages());
  await page.goto(`${origin.replace('127.0.0.1', 'localhost')}/fixtures/basic.html`);
  await waitInPage(page, () => (CSS.highlights.get('d3k2-mention')?.size ?? 0) > 0, undefined);
  const { x, y } = await page.evaluate(mentionCentre, [0, 'center'] as [number, 'center']);
  await page.mouse.move(x, y);
  // The actions wait behind the card's disclosure.
  await new Control(new Tab(page), {
    role: 'button',
    name: 'Why?',
    exact: true,
    within: 'd3k2-card',
  }).click();
  const settings = new Control(new Tab(page), {
    role: 'button',
    name: 'Settings',
    exact: true,
    within: 'd3k2-card',
  });
  await settings.click();
  const options = await poll(
    async () => {
      for (const p of await b.pages()) {
        if (before.has(p)) continue;
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(launched.extensionOrigin ?? '-')) return p;
      }
      return null;
    },
    (p) => p !== null,
    { timeout: 10_000, message: 'the options page, opened from the card' },
  );
  const control = options as Page;
  await page.close();
  await control.evaluate((u) => location.replace(u), popupUrl);
  await poll(() => control.evaluate(() => location.href).catch(() => ''), popupUrl);
  await waitInPage(control, () => document.readyState === 'complete', undefined);
  return control;
}

/**
 * Waits for `fn(arg)`, run in the page, to be truthy, checking every 50 ms. Puppeteer's
 * `waitForFunction` polls inside the page, and the tests' timings were set with it; but in
 * Firefox 140.12 ESR its helper builds the function with `Function()`, which an extension
 * page's policy refuses. There, and only there, a plain evaluation is asked for every 50 ms
 * instead (a page mid-navigation answers false until its new document can be asked).
 */
async function waitInPage<A>(
  page: Page,
  fn: (arg: A) => unknown,
  arg: A,
  timeout = 10_000,
): Promise<void> {
  try {
    await page.waitForFunction(fn as (arg: unknown) => unknown, { polling: 50, timeout }, arg);
  } catch (error) {
    if (!errorSays(error, 'blocked by CSP')) throw error;
    await poll(
      () => page.evaluate(fn as (arg: unknown) => unknown, arg).then(Boolean, () => false),
      true,
      { timeout, message: `the page to answer true to ${fn.toString().slice(0, 80)}` },
    );
  }
}
