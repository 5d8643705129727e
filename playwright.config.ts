import { defineConfig } from '@playwright/test';

// One suite, two browsers: specs written on tests/e2e/driver run in both projects, the
// project's name choosing the browser (Chromium over CDP, Firefox ESR over WebDriver BiDi,
// both through puppeteer-core). Specs not yet moved onto the driver still use Playwright's own
// Chromium and run in the chromium project only; tests/firefox holds what Firefox has not
// yet taken from them.
const SHARED = [
  'touch',
  'reload',
  'slice',
  'detection',
  'custom-elements',
  'hit-test',
  'fuzz',
  'dynamic',
];

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: 'e2e/**/*.spec.ts' },
    {
      name: 'firefox',
      testMatch: [...SHARED.map((name) => `e2e/${name}.spec.ts`), 'firefox/**/*.spec.ts'],
    },
  ],
});
