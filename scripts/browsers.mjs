// Where the browsers are. Nothing here downloads one: CI installs Debian's packages.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

// Quiet flags: this machine has no network, and Chromium's background services would only
// produce refused connections (and noise) at every start.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

/** Flags that load one unpacked extension and no other. */
export function extensionFlags(/** @type {string} */ dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/** @param {string} file @param {string} name @param {string} install */
export function requireBrowser(file, name, install) {
  if (existsSync(file)) return file;
  throw new Error(
    `${name} was not found at ${file}.\n` +
      `Install it (${install}) or point ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at a ${name} binary.`,
  );
}
