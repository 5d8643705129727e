import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { leanContentBrowser } from './build/lean-content-browser';
import { MINIMUM } from './build/min-versions';
import { noInnerHtml } from './build/no-inner-html';
import { MENTION_COMMANDS } from './utils/commands';

// Firefox stays on MV2: host access for content scripts is granted at install there, and a
// temporary add-on installed over WebDriver BiDi behaves exactly like the signed one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({
    plugins: [leanContentBrowser(), noInnerHtml(), preact()],
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
