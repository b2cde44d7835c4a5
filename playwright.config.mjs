// End-to-end tests in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';

export const WIDGET = 'http://127.0.0.1:4173/news/2024/ip4/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  timeout: 60_000,
  use: {
    baseURL: WIDGET,
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node tests/e2e/server.mjs',
    url: 'http://127.0.0.1:4173/health',
    reuseExistingServer: false,
  },
});
