import { defineConfig } from '@playwright/test';

// One suite, two browsers: every spec in tests/e2e runs in both projects. The project's
// browserName picks the browser tests/driver starts (Chromium over CDP, Firefox ESR over
// WebDriver BiDi, both through puppeteer-core); tests/driver/capabilities.ts says what only
// one of them can do. Two workers run the projects side by side; a test tagged @timing runs
// alone meanwhile (tests/driver/gate.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' } },
    { name: 'firefox', use: { browserName: 'firefox' } },
  ],
});
