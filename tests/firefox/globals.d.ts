// Extension pages expose the WebExtension API as `browser` in Firefox.
declare const browser: import('webextension-polyfill').Browser;
