import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/browser';

export default defineConfig({
  testMatch: '**/*.spec.ts',
  // One browser with the extension per worker; two cores leave room for one more.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { actionTimeout: 10_000, trace: 'retain-on-failure' },
  outputDir: 'test-results',
  projects: [
    // The built extension in real Chromium, on fixture pages served at the ATS hostnames.
    { name: 'e2e', testDir: 'tests/e2e' },
    // DOM rules that need real layout, on markup snippets in a plain page: no extension, no build.
    {
      name: 'dom',
      testDir: 'tests/dom',
      use: { browserName: 'chromium', launchOptions: { executablePath: chromiumExecutable(), args: ['--no-sandbox'] } },
    },
  ],
});
