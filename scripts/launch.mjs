// One way to start Chromium for the demo, the screenshots and the benchmark: Debian's
// Chromium (or CHROMIUM_PATH), optionally with our built extension, and no request allowed
// anywhere but this machine and the extension itself.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, extensionFlags, requireBrowser } from './browsers.mjs';
import { ROOT } from './serve.mjs';

export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');

/** Chrome names an unpacked extension after its folder: SHA-256 of the path, in letters a–p. */
export function unpackedExtensionId(dir = CHROME_BUILD) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * `lang` is the browser's UI language, which chooses the extension's; `userDataDir` a profile
 * to keep between launches (by default a temporary one, removed on close); `extensionDir` the
 * unpacked extension to load (by default our Chrome build).
 * @param {{ extension?: boolean, extensionDir?: string, headless?: boolean, lang?: string, userDataDir?: string } & import('@playwright/test').BrowserContextOptions} options
 * @returns {Promise<import('@playwright/test').BrowserContext>}
 */
export async function launchChromium({
  extension = true,
  extensionDir = CHROME_BUILD,
  headless = true,
  lang,
  userDataDir = '',
  ...context
} = {}) {
  const browserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium', 'apt-get install chromium'),
    headless,
    args: [
      ...CHROMIUM_FLAGS,
      ...(extension ? extensionFlags(extensionDir) : []),
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang ? { locale: lang } : {}),
    ...context,
  });
  await browserContext.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:'
      ? route.continue()
      : route.abort('blockedbyclient');
  });
  return browserContext;
}
