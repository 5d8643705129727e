import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { leanContentBrowser } from './build/lean-content-browser';
import { MINIMUM } from './build/min-versions';
import { noInnerHtml } from './build/no-inner-html';
import { plainFirstLook } from './build/plain-first-look';
import { MENTION_COMMANDS } from './utils/commands';

// Firefox stays on MV2: host access for content scripts is granted at install there, and a
// temporary add-on installed over WebDriver BiDi behaves exactly like the signed one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({
    plugins: [leanContentBrowser(), plainFirstLook(), noInnerHtml(), preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    // Names, descriptions and every string in the UI come from locales/*.yml.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // `scripting` injects the engine into a frame whose first look found a candidate; the
    // host access it needs is what the content script on every page already has.
    permissions: ['storage', 'scripting'],
    // The first look (entrypoints/first-look.ts), an unlisted script declared here: WXT's own
    // content scripts bring a context that every page would pay for. Same-origin frames hold
    // readable text too; each frame runs its own look and engine.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        // As the text is parsed: the look itself waits for the page to load, or at most
        // LOADING_WAIT_MS (content/page-settled.ts), where document_idle would wait for up to
        // 200 ms more in Chrome before it even started.
        run_at: 'document_end',
        js: ['first-look.js'],
      },
    ],
    commands: MENTION_COMMANDS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'd3k2-companion@forheartstrong.com',
              // The newest feature we rely on, by build/min-versions.ts (the CSS Custom
              // Highlight API and data_collection_permissions arrived in Firefox 140).
              strict_min_version: MINIMUM.firefox,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: MINIMUM.firefoxAndroid },
          },
        }
      : // The Popover API (Chrome 114) is the newest we rely on (build/min-versions.ts).
        { minimum_chrome_version: MINIMUM.chrome }),
  }),
});
