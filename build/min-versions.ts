/**
 * The browser features the extension relies on, with the first version of each browser that
 * has them: the manifests' minimum versions are the greatest of these (wxt.config.ts), so a
 * browser that lacks one cannot install the extension. Versions come from MDN's
 * browser-compat-data (the key in `bcd`), as the web-features explorer and MDN's pages show
 * them; Firefox for Android mirrors desktop Firefox for all but the manifest key.
 *
 * `build/min-versions.test.ts` keeps the list true: each entry's `uses` must still match the
 * source, and each API in WATCHED that the source uses must be listed here.
 */

export interface Feature {
  name: string;
  /** Where the versions were read: MDN browser-compat-data. */
  bcd: string;
  /** First version with it; null where that browser's build does not use it. */
  chrome: number | null;
  firefox: number | null;
  firefoxAndroid: number | null;
  /** How the source uses it: found in SOURCES (see the test) while it is used. */
  uses: RegExp;
  /** Checked for at run time, with a fallback: a browser without it still works. */
  optional?: true;
}

export const FEATURES: readonly Feature[] = [
  {
    name: 'CSS Custom Highlight API (CSS.highlights, Highlight)',
    bcd: 'api.CSS.highlights_static, api.Highlight.Highlight',
    chrome: 105,
    firefox: 140,
    firefoxAndroid: 140,
    uses: /CSS\.highlights|new Highlight\(/,
  },
  {
    name: '::highlight() pseudo-element',
    bcd: 'css.selectors.highlight (web-features: highlight)',
    chrome: 105,
    firefox: 140,
    firefoxAndroid: 140,
    uses: /::highlight\(/,
  },
  {
    name: 'Popover API (popover attribute, showPopover, hidePopover)',
    bcd: 'api.HTMLElement.popover, api.HTMLElement.showPopover',
    chrome: 114,
    firefox: 125,
    firefoxAndroid: 125,
    uses: /showPopover\(|'popover'/,
  },
  {
    name: ':popover-open',
    bcd: 'css.selectors.popover-open (web-features: popover)',
    chrome: 114,
    firefox: 125,
    firefoxAndroid: 125,
    uses: /:popover-open/,
  },
  {
    name: 'color-mix()',
    bcd: 'css.types.color.color-mix',
    chrome: 111,
    firefox: 113,
    firefoxAndroid: 113,
    uses: /color-mix\(/,
  },
  {
    name: 'inert attribute',
    bcd: 'html.global_attributes.inert',
    chrome: 102,
    firefox: 112,
    firefoxAndroid: 112,
    uses: /\binert\b/,
  },
  {
    name: 'scripting.executeScript, scripting.insertCSS',
    bcd: 'webextensions.api.scripting',
    chrome: 88,
    firefox: 102,
    firefoxAndroid: 102,
    uses: /scripting\.(executeScript|insertCSS)/,
  },
  {
    name: 'structuredClone()',
    bcd: 'api.structuredClone',
    chrome: 98,
    firefox: 94,
    firefoxAndroid: 94,
    uses: /structuredClone\(/,
  },
  {
    name: 'Object.hasOwn()',
    bcd: 'javascript.builtins.Object.hasOwn',
    chrome: 93,
    firefox: 92,
    firefoxAndroid: 92,
    uses: /Object\.hasOwn\(/,
  },
  {
    name: 'Array.prototype.at()',
    bcd: 'javascript.builtins.Array.at',
    chrome: 92,
    firefox: 90,
    firefoxAndroid: 90,
    uses: /\.at\(-?\d/,
  },
  {
    name: ':focus-visible',
    bcd: 'css.selectors.focus-visible',
    chrome: 86,
    firefox: 85,
    firefoxAndroid: 85,
    uses: /:focus-visible/,
  },
  {
    name: 'RegExp lookbehind assertions',
    bcd: 'javascript.regular_expressions.lookbehind_assertion',
    chrome: 62,
    firefox: 78,
    firefoxAndroid: 78,
    uses: /\(\?<[!=]/,
  },
  {
    name: 'browser_specific_settings.gecko.data_collection_permissions',
    bcd: 'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions',
    chrome: null,
    firefox: 140,
    firefoxAndroid: 142,
    uses: /data_collection_permissions/,
  },
  {
    // Hidden mentions are not painted until they show (content/visibility.ts), and the
    // popup's snippets leave unrendered text out (content/context.ts).
    name: 'Element.checkVisibility()',
    bcd: 'api.Element.checkVisibility',
    chrome: 105,
    firefox: 106,
    firefoxAndroid: 106,
    uses: /checkVisibility\(/,
  },
  {
    name: 'HighlightRegistry.highlightsFromPoint()',
    bcd: 'api.HighlightRegistry.highlightsFromPoint',
    chrome: 140,
    firefox: 150,
    firefoxAndroid: 150,
    uses: /highlightsFromPoint/,
    optional: true,
  },
  {
    name: 'Document.caretPositionFromPoint()',
    bcd: 'api.Document.caretPositionFromPoint',
    chrome: 128,
    firefox: 20,
    firefoxAndroid: 20,
    uses: /caretPositionFromPoint/,
    optional: true,
  },
  {
    name: 'scheduler.yield()',
    bcd: 'api.Scheduler.yield',
    chrome: 129,
    firefox: 142,
    firefoxAndroid: 142,
    uses: /scheduler\?\.yield/,
    optional: true,
  },
];

/**
 * APIs newer than what an extension may take for granted. Where the source uses one, it must
 * be in FEATURES (with versions read from browser-compat-data, or marked optional where the
 * code checks for it first).
 */
export const WATCHED: readonly { name: string; uses: RegExp }[] = [
  { name: 'checkVisibility()', uses: /checkVisibility\(/ },
  { name: ':has()', uses: /:has\(/ },
  { name: '@container', uses: /@container\b/ },
  { name: 'light-dark()', uses: /light-dark\(/ },
  { name: '@starting-style', uses: /@starting-style/ },
  { name: 'Intl.NumberFormat.prototype.formatRange()', uses: /formatRange\(/ },
  {
    name: 'Set methods (union, intersection…)',
    uses: /\.(union|intersection|symmetricDifference)\(/,
  },
  {
    name: 'Array.prototype.toSorted() and kin',
    uses: /\.(toSorted|toReversed|toSpliced|findLast)\(/,
  },
  { name: 'Promise.withResolvers()', uses: /Promise\.withResolvers/ },
  { name: 'caretPositionFromPoint()', uses: /caretPositionFromPoint/ },
  { name: 'highlightsFromPoint()', uses: /highlightsFromPoint/ },
  { name: 'scheduler.yield()', uses: /scheduler\??\.yield/ },
];

type Browser = 'chrome' | 'firefox' | 'firefoxAndroid';

/** The greatest first version over the features every browser must have. */
export function minimumVersion(browser: Browser, features = FEATURES): number {
  return Math.max(...features.filter((f) => !f.optional).map((f) => f[browser] ?? 0));
}

/** The manifests' values: Chrome's `minimum_chrome_version`, Gecko's `strict_min_version`s. */
export const MINIMUM = {
  chrome: String(minimumVersion('chrome')),
  firefox: `${minimumVersion('firefox')}.0`,
  firefoxAndroid: `${minimumVersion('firefoxAndroid')}.0`,
};
