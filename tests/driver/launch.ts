// Starts Chromium or Firefox ESR with the built extension, both through puppeteer-core (CDP
// for Chromium, WebDriver BiDi for Firefox), so that every test speaks to one `Page` API.
// Every request either browser makes goes through the test proxy (./proxy.ts): nothing leaves
// this machine, and what was asked for is written down.
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  extensionFlags,
  FIREFOX_PATH,
  requireBrowser,
} from '../../scripts/browsers.mjs';
import { unpackedExtensionId } from '../../scripts/launch.mjs';
import { ROOT } from '../../scripts/serve.mjs';
import { startProxy, type TestProxy } from './proxy';

export type BrowserName = 'chromium' | 'firefox';

/** Each browser's build of the extension (`npx wxt build`, `npx wxt build -b firefox`). */
export const BUILDS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv2'),
};

/** What every test's window measures. */
export const VIEWPORT = { width: 1000, height: 700 };

/** Firefox gives each add-on a random moz-extension:// host per profile; the tests pin it. */
const FIREFOX_ADDON_ID = 'd3k2-companion@forheartstrong.com';
const FIREFOX_ADDON_UUID = '5c6f8e2a-0d3b-4b9e-9a77-d3d3c0ffee42';

export interface LaunchOptions {
  /** Install the built extension (the default), or leave it out (for comparison). */
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** The browser's UI language, which chooses the extension's (capability `uiLanguage`). */
  lang?: string;
  /** A profile directory kept between launches (by default a temporary one). */
  profile?: string;
}

export interface Launched {
  name: BrowserName;
  browser: Browser;
  proxy: TestProxy;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`; null without the extension. */
  extensionOrigin: string | null;
  /** Installs the build again over the running one: the same id, a new instance. */
  reinstall(): Promise<void>;
  close(): Promise<void>;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Launched> {
  const proxy = await startProxy();
  try {
    return name === 'chromium'
      ? await launchChromium(proxy, options)
      : await launchFirefox(proxy, options);
  } catch (error) {
    await proxy.close();
    throw error;
  }
}

async function launchChromium(proxy: TestProxy, options: LaunchOptions): Promise<Launched> {
  const { extension = true, colorScheme, reducedMotion, lang, profile } = options;
  const dir = BUILDS.chromium;
  const browser = await puppeteer.launch({
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium', 'apt-get install chromium'),
    headless: true,
    pipe: true,
    enableExtensions: extension,
    defaultViewport: VIEWPORT,
    ...(profile ? { userDataDir: profile } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      ...(extension ? extensionFlags(dir) : []),
      // Everything through the proxy, this machine too (`<-loopback>` drops Chromium's own
      // exception for it), so that every request is seen.
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=<-loopback>',
      ...(colorScheme === 'dark' ? ['--force-dark-mode'] : []),
      ...(reducedMotion === 'reduce' ? ['--force-prefers-reduced-motion'] : []),
      ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : []),
    ],
  });
  const id = unpackedExtensionId(dir);
  if (extension) {
    // The extension is ready once its service worker runs.
    await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
      { timeout: 10_000 },
    );
  }
  return {
    name: 'chromium',
    browser,
    proxy,
    extensionOrigin: extension ? `chrome-extension://${id}` : null,
    reinstall: async () => void (await browser.installExtension(dir)),
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

async function launchFirefox(proxy: TestProxy, options: LaunchOptions): Promise<Launched> {
  const { extension = true, colorScheme, reducedMotion, lang, profile } = options;
  if (lang) throw new Error('Firefox ESR here has no language packs (capability uiLanguage)');
  const dir = BUILDS.firefox;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(FIREFOX_PATH, 'Firefox', 'apt-get install firefox-esr'),
    headless: true,
    defaultViewport: VIEWPORT,
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      // Everything through the proxy, this machine too.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // A temporary add-on is removed when Firefox quits; with a kept profile its storage
      // stays for the next start, as an installed add-on's would.
      ...(profile
        ? {
            'extensions.webextensions.keepStorageOnUninstall': true,
            'extensions.webextensions.keepUuidOnUninstall': true,
          }
        : {}),
      // 0 dark, 1 light: what pages (ours included) see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'ui.prefersReducedMotion': reducedMotion === 'reduce' ? 1 : 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const install = async () => void (await browser.installExtension(dir));
  try {
    if (extension) await install();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    name: 'firefox',
    browser,
    proxy,
    extensionOrigin: extension ? `moz-extension://${FIREFOX_ADDON_UUID}` : null,
    reinstall: install,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
