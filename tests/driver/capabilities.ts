// The one place that says what only one of the two browsers can do, and why. Specs ask
// `can('x')` (and skip, or take the browser's own path) instead of naming a browser.
import { test } from '@playwright/test';
import type { BrowserName } from './launch';

interface Capability {
  chromium: boolean;
  firefox: boolean;
  reason: string;
}

export const CAPABILITIES = {
  uiLanguage: {
    chromium: true,
    firefox: false,
    reason:
      "the browser's UI language chooses the extension's: Chromium takes it from --lang, " +
      'while Firefox ESR here ships en-US only (another needs its language pack; ' +
      'intl.locale.requested alone leaves browser.i18n in English)',
  },
  updateReachesOpenTabs: {
    chromium: false,
    firefox: true,
    reason:
      "Firefox injects an updated add-on's content scripts into open tabs at once; Chrome " +
      'leaves the old instance running, cut off, and injects the new one only into pages ' +
      'loaded afterwards',
  },
  deepLayout: {
    chromium: true,
    firefox: false,
    reason:
      'Chromium lays out text nested 5,000 elements deep; Gecko stops laying out past its ' +
      'reflow depth limit (between 1,000 and 1,500 levels here), so such a mention has no box ' +
      'to rest the pointer on',
  },
  quickContentScriptStart: {
    chromium: true,
    firefox: false,
    reason:
      "Firefox sets up the extension API in the content script's world lazily, on our first " +
      'use of it, inside the d3k2:load measure: 30-75 ms here where Chromium takes 10-15 ms; ' +
      'the 50 ms budget for our tasks leaves d3k2:load out in Firefox (see the report)',
  },
  mobileViewport: {
    chromium: true,
    firefox: false,
    reason:
      'Chromium emulates a phone (CDP: isMobile, touch, device scale): a page without a ' +
      'viewport meta is laid out 980 px wide and zoomed out to fit, so visualViewport.scale ' +
      'is below 1. Firefox desktop ignores the viewport meta (only its Android build reads ' +
      'it) and WebDriver BiDi sets a viewport size, pixel ratio and touch points, not a ' +
      'mobile layout: there the phone tests run a 360 px viewport with touch, at scale 1',
  },
  printMedia: {
    chromium: true,
    firefox: false,
    reason:
      'rendering a page as for print needs media type emulation: Chromium has it over CDP ' +
      "(Emulation.setEmulatedMedia, puppeteer's emulateMediaType); WebDriver BiDi has no such " +
      'command yet (w3c/webdriver-bidi#750, w3c/webdriver#1693), and puppeteer-core sends it ' +
      'to Firefox only over CDP, which Firefox no longer speaks',
  },
  heapCounters: {
    chromium: true,
    firefox: false,
    reason:
      "a tab's heap after forced garbage collection and its count of event listeners come " +
      'from CDP (HeapProfiler.collectGarbage, Runtime.getHeapUsage, Memory.getDOMCounters); ' +
      "WebDriver BiDi has nothing like them, and Firefox's about:memory is not reachable from it",
  },
} satisfies Record<string, Capability>;

export type CapabilityName = keyof typeof CAPABILITIES;

/** The browser of the running test's project. */
export function currentBrowser(): BrowserName {
  return test.info().project.use.browserName as BrowserName;
}

/** Can this browser (by default the running test's) do it? */
export function can(capability: CapabilityName, browser: BrowserName = currentBrowser()): boolean {
  return CAPABILITIES[capability][browser];
}

/** Why a browser cannot: the skip reason. */
export function without(capability: CapabilityName): string {
  return `${capability}: ${CAPABILITIES[capability].reason}`;
}

/**
 * Product bugs a test has found in one browser, pinned: the test checks that the bug is still
 * there (and fails once it is fixed, so that the entry goes). Not capabilities: the extension
 * could do better.
 */
export const KNOWN_BUGS = {
  tenMegabyteTextNode: {
    chromium: false,
    firefox: true,
    what:
      'in Firefox a page that is one 10 MB text node costs d3k2:scan tasks of 90-240 ms ' +
      '(up to 630 ms on a loaded machine), where Chromium takes under 30 ms',
  },
} satisfies Record<string, { chromium: boolean; firefox: boolean; what: string }>;

export type KnownBugName = keyof typeof KNOWN_BUGS;

/** Does the running test's browser have this known product bug? */
export function hasBug(bug: KnownBugName, browser: BrowserName = currentBrowser()): boolean {
  return KNOWN_BUGS[bug][browser];
}
