// `make bench`: size and speed in headless Chromium, printed as Markdown (target/bench.md).
// For the widget page and for the element on a host page, each beside the same page with
// its scripts removed (the static floor), at 1x and 4x CPU slowdown: what measure.mjs
// measures, then Lighthouse on the page; report.mjs writes it up.
import { chromium } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { launchOptions } from '../../tests/support/chromium.mjs';
import { serve, serveHost, DIST, WIDGET_PORT, PREFIX, WIDGET, HOST_ORIGIN } from '../../tests/support/server.mjs';
import { S } from '../../tests/support/selectors.mjs';
import { MEMORY_FLAGS, lighthouse } from './devtools.mjs';
import { measure } from './measure.mjs';
import { report } from './report.mjs';

const PAGES = [
  { name: 'widget page', url: WIDGET, ready: S.host },
  { name: 'element on host page', url: `${HOST_ORIGIN}/article.html?embed=element`, ready: S.element },
];
// Each page, then the same page as the test server sends it without scripts (`?floor`).
const SCENARIOS = PAGES.flatMap((page) => {
  const url = new URL(page.url);
  url.searchParams.set('floor', '');
  return [page, { name: `${page.name}, scripts removed (floor)`, url: url.href, ready: null, floorOf: page.name }];
});

const widget = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
const host = await serveHost();
const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...MEMORY_FLAGS] });
const results = [];
try {
  for (const slowdown of [1, 4]) {
    for (const scenario of SCENARIOS) results.push(await measure(browser, scenario, slowdown));
  }
} finally {
  await browser.close();
}
const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, `
  + `${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}, headless, pages served from loopback.`;
const scores = await lighthouse(WIDGET).catch((error) => error);
const text = report(results, machine, scores);
console.log(text);
mkdirSync('target', { recursive: true });
writeFileSync('target/bench.md', `${text}\n`);
widget.close();
host.close();
