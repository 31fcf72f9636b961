import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
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
});
