// Screenshots of the widget page for people to look at (the README, design review):
// 360 px and 1280 px wide, light and dark, with one card open.
// Usage: node tools/screenshots.mjs [out-dir]   (serves the tests' build itself: make test-build)
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { DIST, PREFIX, WIDGET, WIDGET_PORT, serve } from '../tests/support/server.mjs';
import { launchOptions } from '../tests/support/chromium.mjs';
import { Explainer } from '../tests/support/explainer.mjs';

const out = process.argv[2] ?? 'target/screenshots';
await mkdir(out, { recursive: true });
const server = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
const browser = await chromium.launch(launchOptions);
try {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
      await page.goto(WIDGET);
      const explainer = await Explainer.page(page).ready();
      await explainer.toggle('japan').click();
      await explainer.toggle('japan').blur();
      const file = `${out}/widget-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
