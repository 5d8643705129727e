// Starts either browser with the built extension, both driven by puppeteer-core (Chromium over
// CDP, Firefox ESR over WebDriver BiDi), so the specs see one Page API. Neither can reach
// anything but this machine: every other connection goes to a dead proxy.
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  FIREFOX_PATH,
  requireBrowser,
} from '../../../scripts/browsers.mjs';
import { ROOT } from '../../../scripts/serve.mjs';
import type { BrowserName } from './capabilities';

export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const BUILDS: Record<BrowserName, string> = {
  chromium: CHROME_BUILD,
  firefox: FIREFOX_BUILD,
};

const ADDON_ID = 'd3k2-companion@forheartstrong.com';
// Firefox gives each add-on a random moz-extension:// host per profile; the tests pin it.
const ADDON_UUID = '5c6f8e2a-0d3b-4b9e-9a77-d3d3c0ffee42';

/** A dead proxy: port 9 (discard) on this machine refuses, so nothing leaves it. */
const DEAD_PROXY = ['--proxy-server=127.0.0.1:9', '--proxy-bypass-list=127.0.0.1'];

export interface Launched {
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, without a trailing slash. */
  extensionOrigin: string;
}

export interface LaunchOptions {
  extension?: boolean;
  /** Chromium's UI language (capability `uiLanguage`). */
  lang?: string;
}

export async function launchChromium({
  extension = true,
  lang,
}: LaunchOptions = {}): Promise<Launched> {
  const browser = await puppeteer.launch({
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium', 'apt-get install chromium'),
    headless: true,
    pipe: true,
    enableExtensions: extension,
    defaultViewport: { width: 1000, height: 700 },
    args: [...CHROMIUM_FLAGS, ...DEAD_PROXY, ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
  });
  const id = extension ? await browser.installExtension(CHROME_BUILD) : '';
  return { browser, extensionOrigin: `chrome-extension://${id}` };
}

export async function launchFirefox({ extension = true }: LaunchOptions = {}): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(FIREFOX_PATH, 'Firefox', 'apt-get install firefox-esr'),
    headless: true,
    defaultViewport: { width: 1000, height: 700 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  if (extension) await browser.installExtension(FIREFOX_BUILD);
  return { browser, extensionOrigin: `moz-extension://${ADDON_UUID}` };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Launched> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
