// `make ab A=<dist> B=<dist>`: which of two builds starts sooner, beyond the machine's noise.
// Both built with `make dist` (PUBLIC_URL=./), each served on an origin of its own, with a
// host article page for each (the element); then, at a CPU slowdown, loads interleaved: A and
// B in turn (the order swapped every round) and the static floor (A's page without scripts),
// so that the machine's drift, which moves the bench's nine-then-nine medians by tens of
// milliseconds, falls on both alike. Prints the medians and, what decides, the difference of
// each pair of loads: its median and its 10%-trimmed mean with twice its standard error.
// Options (environment): AB_RATE (CPU slowdown, 4), AB_LOADS (rounds, 40), AB_PAGE
// (page | element, page), AB_NETWORK (none | slow: 400 kbit/s, 400 ms latency; none).
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { launchOptions } from '../../tests/support/chromium.mjs';
import { serve, serveHost, PREFIX } from '../../tests/support/server.mjs';
import { NETWORKS } from './devtools.mjs';
import { load, median } from './load.mjs';

const [A, B] = [process.env.A, process.env.B].map((dist) => dist && resolve(dist));
if (!A || !B || ![A, B].every((dist) => existsSync(`${dist}/index.html`))) {
  console.error('usage: make ab A=<dist folder> B=<dist folder> (each built with make dist, PUBLIC_URL=./)');
  process.exit(2);
}
const RATE = Number(process.env.AB_RATE ?? 4);
const LOADS = Number(process.env.AB_LOADS ?? 40);
const PAGE = process.env.AB_PAGE ?? 'page';
const NETWORK = process.env.AB_NETWORK ?? 'none';
if (!['page', 'element'].includes(PAGE) || !(RATE >= 1) || !(LOADS >= 5) || !(NETWORK in NETWORKS)) {
  console.error(`AB_PAGE is page or element, AB_RATE at least 1, AB_LOADS at least 5, AB_NETWORK one of ${Object.keys(NETWORKS).join(', ')}`);
  process.exit(2);
}

// Ports apart from the tests' and the bench's, so that it may run beside them.
const builds = [];
for (const [name, dist, port] of [['A', A, 4273], ['B', B, 4283]]) {
  const widget = `http://127.0.0.1:${port}${PREFIX}`;
  await serve({ port, root: dist, prefix: PREFIX });
  await serveHost({ port: port + 1, dist, widget });
  const url = PAGE === 'page' ? widget : `http://127.0.0.1:${port + 1}/article.html?embed=element`;
  builds.push({ name, scenario: { name: `${PAGE}, build ${name}`, url, ready: PAGE === 'page' ? '#nato-ip4' : 'nato-ip4-explainer' }, loads: [] });
}
const floorUrl = new URL(builds[0].scenario.url);
floorUrl.searchParams.set('floor', '');
const floor = { scenario: { name: `${PAGE}, floor`, url: floorUrl.href, ready: null }, loads: [] };

const browser = await chromium.launch(launchOptions);
try {
  for (let round = 0; round < LOADS; round++) {
    const order = round % 2 ? [builds[1], builds[0]] : builds;
    for (const build of [...order, floor]) build.loads.push(await load(browser, build.scenario, RATE, false, NETWORK));
  }
} finally {
  await browser.close();
}

const floorTitles = median(floor.loads.map((l) => l.titles));
const ms = (n) => `${n.toFixed(0)} ms`;
console.log(`${PAGE} at ${RATE}x CPU, network ${NETWORK}, ${LOADS} rounds; floor's titles ${ms(floorTitles)}`);
for (const { name, loads } of builds) {
  const titles = median(loads.map((l) => l.titles));
  const ready = median(loads.map((l) => l.ready));
  console.log(`${name}: titles ${ms(titles)} (${(titles / floorTitles).toFixed(2)}x), data-ready ${ms(ready)} (${(ready / floorTitles).toFixed(2)}x)`);
}
/** Median, and 10%-trimmed mean ± twice its standard error, of B − A over the rounds. */
function paired(key) {
  const diffs = builds[1].loads.map((b, i) => b[key] - builds[0].loads[i][key]).sort((x, y) => x - y);
  const cut = Math.floor(diffs.length / 10);
  const kept = diffs.slice(cut, diffs.length - cut);
  const mean = kept.reduce((sum, d) => sum + d, 0) / kept.length;
  const sd = Math.sqrt(kept.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (kept.length - 1));
  return `median ${median(diffs).toFixed(1)} ms, trimmed mean ${mean.toFixed(1)} ± ${(2 * sd / Math.sqrt(kept.length)).toFixed(1)} ms`;
}
console.log(`B − A, titles: ${paired('titles')}`);
console.log(`B − A, data-ready: ${paired('ready')}`);
process.exit(0);
