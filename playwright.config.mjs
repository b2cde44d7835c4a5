// End-to-end tests in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/chromium.mjs';
import { WIDGET } from './tests/e2e/server.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  timeout: 60_000,
  use: {
    baseURL: WIDGET,
    launchOptions,
  },
  webServer: {
    command: 'node tests/e2e/server.mjs',
    url: new URL('/health', WIDGET).href,
    reuseExistingServer: false,
  },
});
