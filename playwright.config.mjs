// End-to-end tests in Debian's Chromium (never a downloaded browser) through Playwright, and
// in Firefox ESR and WebKitGTK through their WebDriver drivers (tests/support/driver.mjs).
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/chromium.mjs';
import { WIDGET } from './tests/support/server.mjs';

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  timeout: 60_000,
  use: {
    baseURL: WIDGET,
    launchOptions,
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/engines', use: { engine: 'firefox' } },
    { name: 'webkit', testDir: 'tests/engines', use: { engine: 'webkit' } },
  ],
  webServer: {
    command: 'node tests/support/server.mjs',
    url: new URL('/health', WIDGET).href,
    reuseExistingServer: false,
  },
});
