import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/browsers.mjs';

const SOURCES = '{content,utils,components,entrypoints,build,locales,tests}';

// Two tiers. `unit`: pure logic in Node, where WxtVitest points `wxt/browser` at WXT's
// in-memory fake browser, so storage code runs as is. `dom`: the engine's DOM modules in a
// real Chromium page (`*.dom.test.ts`), without the extension: ranges, highlights, tree
// walkers, mutation observers and layout as a browser has them.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: [`${SOURCES}/**/*.test.ts?(x)`],
          exclude: ['**/*.dom.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'dom',
          include: [`${SOURCES}/**/*.dom.test.ts`],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
