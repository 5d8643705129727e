import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest points `wxt/browser` at WXT's in-memory fake browser, so storage code runs as is.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{content,utils,components,entrypoints,build,locales}/**/*.test.ts?(x)'],
  },
});
