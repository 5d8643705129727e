// Extension pages opened by the tests expose the WebExtension API as `chrome` (Chromium, MV3:
// promise-returning) and `browser` (Firefox). Both have the polyfill's shape for what we use.
declare const chrome: import('webextension-polyfill').Browser;
declare const browser: import('webextension-polyfill').Browser;
