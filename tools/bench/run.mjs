// `make bench`: size and speed in headless Chromium, printed as Markdown (target/bench.md).
// For the widget page and for the element on a host page, each beside the same page with
// its scripts removed (the static floor), at 1x and 4x CPU slowdown: transfer per asset
// (raw, gzip -9, the build's own Zopfli `.gz`, brotli); in nine fresh loads, the median time
// until every card title is visible and until data-ready, and the long tasks during
// start-up; then card toggle to DOM update and the click's interaction latency by the Event
// Timing API (p50, p95 over 200), and JS heap and wasm memory after load and after 1,000
// toggles. Then Lighthouse on the page.
import { chromium } from '@playwright/test';
import { gzip, GOALS, sizes } from '../../tests/compressed.mjs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { CHROME, CHROME_FLAGS, launchOptions } from '../../tests/chromium.mjs';
import { serve, serveHost, DIST, WIDGET_PORT, PREFIX, WIDGET, HOST_ORIGIN } from '../../tests/e2e/server.mjs';
import { load, median, newPage } from './load.mjs';

// Memory figures need precise heap sizes and a way to collect garbage before reading them.
const EXTRA_FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

const PAGES = [
  { name: 'widget page', url: WIDGET, ready: '#nato-ip4' },
  { name: 'element on host page', url: `${HOST_ORIGIN}/article.html?embed=element`, ready: 'nato-ip4-explainer' },
];
// Each page, then the same page as the test server sends it without scripts (`?floor`).
const SCENARIOS = PAGES.flatMap((page) => {
  const url = new URL(page.url);
  url.searchParams.set('floor', '');
  return [page, { name: `${page.name}, scripts removed (floor)`, url: url.href, ready: null, floorOf: page.name }];
});
// Start-up is measured in this many fresh loads and given as their median: on a shared
// 2-core machine one load can be twice as slow as the next.
const LOADS = 9;
// Between two measured clicks.
const CLICK_INTERVAL = 100;

async function run(browser, scenario, slowdown) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await load(browser, scenario, slowdown, i === 0));
  const result = {
    scenario: scenario.name, floorOf: scenario.floorOf, slowdown, assets: loads[0].assets,
    titles: median(loads.map((l) => l.titles)),
    ready: scenario.ready ? median(loads.map((l) => l.ready)) : null,
    longTasks: loads.map((l) => l.longTasks.filter((d) => d > 50)),
  };
  if (!scenario.ready) return result;

  const { context, page, cdp } = await newPage(browser, slowdown);
  await page.goto(scenario.url, { waitUntil: 'load' });
  await page.locator(`${scenario.ready}[data-ready]`).waitFor({ state: 'attached', timeout: 30_000 });
  const memory = async () => {
    const heap = await page.evaluate(() => {
      window.gc?.();
      return performance.memory.usedJSHeapSize;
    });
    // The wasm's memory, found by its type among the page's objects: the glue is inside
    // boot.js on the widget page and a module of the element's on a host page, and its
    // export names are minified.
    const { result: type } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: type.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.map((memory) => memory.buffer.byteLength); }',
      returnByValue: true,
    });
    if (result.value.length !== 1) throw new Error(`${scenario.name}: ${result.value.length} wasm memories, not one`);
    return { heap, wasm: result.value[0] };
  };
  result.memoryAfterLoad = await memory();
  await page.evaluate(async (ready) => {
    const root = document.querySelector(ready).shadowRoot ?? document;
    const button = root.querySelector('[data-card="japan"] .ip4-card-toggle');
    for (let i = 0; i < 1000; i++) {
      button.click();
      if (i % 50 === 0) await new Promise((done) => setTimeout(done, 0));
    }
    await new Promise((done) => setTimeout(done, 50));
  }, scenario.ready);
  result.memoryAfterToggles = await memory();
  result.toggle = await page.evaluate(async ({ ready, count }) => {
    const host = document.querySelector(ready);
    const root = host.shadowRoot ?? document;
    const button = root.querySelector('[data-card="japan"] .ip4-card-toggle');
    const dom = [];
    for (let i = 0; i < count; i++) {
      let updated = null;
      const observer = new MutationObserver(() => { updated ??= performance.now(); });
      observer.observe(button, { attributes: true, attributeFilter: ['aria-expanded'] });
      const t0 = performance.now();
      button.click();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      observer.disconnect();
      dom.push(updated - t0);
    }
    const pct = (list, p) => [...list].sort((a, b) => a - b)[Math.floor(list.length * p)];
    return { dom: [pct(dom, 0.5), pct(dom, 0.95)] };
  }, { ready: scenario.ready, count: 200 });
  result.inp = await interactionLatency(page, scenario.ready, 200);
  await context.close();
  return result;
}

// Interaction latency as browsers judge it (Event Timing, what Interaction to Next Paint
// uses): real mouse clicks on a card toggle; for each interaction, the longest duration of
// its events, from the input to the next paint. Browsers report only interactions of 16 ms
// or more (rounded to 8 ms), so shorter ones count as "under 16 ms".
async function interactionLatency(page, ready, count) {
  await page.evaluate(() => {
    window.__interactions = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) window.__interactions.set(e.interactionId, Math.max(e.duration, window.__interactions.get(e.interactionId) ?? 0));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const host = page.locator(ready);
  const button = (await host.evaluate((h) => !!h.shadowRoot)) ? host.locator('[data-card="japan"] .ip4-card-toggle')
    : page.locator('#nato-ip4 [data-card="japan"] .ip4-card-toggle');
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  // A reader's clicks come a good while apart, and nothing else runs in the page between
  // them: the pause is kept here, outside the page (running the test tool's own script in
  // the page after each click delayed the very frame being measured).
  for (let i = 0; i < count; i++) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(CLICK_INTERVAL);
  }
  await page.waitForTimeout(300);
  const reported = await page.evaluate(() => [...window.__interactions.values()]);
  const all = [...reported, ...Array(Math.max(0, count - reported.length)).fill(0)].sort((a, b) => a - b);
  const pct = (p) => all[Math.floor(all.length * p)];
  return { p50: pct(0.5), p95: pct(0.95), reported: reported.length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === null || n === undefined ? '–' : `${n.toFixed(0)} ms`);
const event = (n) => (n < 16 ? '< 16 ms' : `${n.toFixed(0)} ms`);

function transferTable({ rows, total }) {
  const lines = ['| asset | raw | gzip -9 | gzip, the build\'s `.gz` | brotli |', '|---|---:|---:|---:|---:|'];
  const columns = (r) => [r.raw, r.gzip, r.shipped, r.brotli].map(kb);
  for (const row of rows) lines.push(`| ${row.name} | ${columns(row).join(' | ')} |`);
  lines.push(`| **total** | ${columns(total).map((n) => `**${n}**`).join(' | ')} |`);
  return lines.join('\n');
}

/**
 * What the locator map adds to the widget page's transfer, measured by taking it out: its
 * figure from the page, and every rule that names it from the stylesheet (gzip). The wasm's
 * map code cannot be taken out of a built wasm; the README gives it as measured by a build
 * without the map.
 */
function mapWeight(result) {
  const text = (name) => result.assets.find((asset) => asset.name === name).body.toString();
  const page = text('index.html');
  const css = text('explainer.css');
  const figure = /<figure class="ip4-map"[\s\S]*?<\/figure>/;
  if (!figure.test(page)) throw new Error('the widget page has no map figure');
  const html = gzip(page) - gzip(page.replace(figure, ''));
  const styles = gzip(css) - gzip(css.replace(/[^{}]*ip4-(?:map|key)[^{}]*\{[^{}]*\}/g, ''));
  return `| the map's drawing, labels and legend in index.html | ${kb(html)} |\n| its rules in explainer.css | ${kb(styles)} |\n| **together** | **${kb(html + styles)}** |`;
}

// Asynchronous, so that this process's servers keep answering Lighthouse's browser.
async function lighthouse() {
  try {
    const { stdout: out } = await promisify(execFile)('npx', ['lighthouse', WIDGET, '--quiet', '--output=json',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 << 20, timeout: 300_000 });
    const report = JSON.parse(out);
    return Object.values(report.categories).map((c) => `| ${c.title} | ${Math.round(c.score * 100)} |`).join('\n');
  } catch (error) {
    return `| Lighthouse could not run | ${String(error.message).split('\n')[0]} |`;
  }
}

const widget = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
const host = await serveHost();
const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...EXTRA_FLAGS] });
const results = [];
try {
  for (const slowdown of [1, 4]) {
    for (const scenario of SCENARIOS) results.push(await run(browser, scenario, slowdown));
  }
} finally {
  await browser.close();
}

const out = [];
out.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}, headless, pages served from loopback.`);
out.push('');
out.push(`Start-up times are medians of ${LOADS} fresh loads; long tasks are counted in each of them.`);
out.push('');
out.push('| page | CPU | all card titles visible | data-ready | long tasks > 50 ms (start-up) | toggle → DOM updated p50 / p95 | click interaction (Event Timing) p50 / p95 | JS heap: load → 1,000 toggles | wasm memory: load → 1,000 toggles |');
out.push('|---|---|---:|---:|---|---:|---:|---|---|');
const longTasks = (runs) => {
  const hit = runs.filter((list) => list.length);
  if (!hit.length) return `none in ${runs.length} loads`;
  return `in ${hit.length} of ${runs.length} loads, longest ${Math.max(...hit.flat()).toFixed(0)} ms`;
};
for (const r of results) {
  out.push(`| ${r.scenario} | ${r.slowdown}x | ${ms(r.titles)} | ${ms(r.ready)} | ${longTasks(r.longTasks)} | ${r.toggle ? `${r.toggle.dom[0].toFixed(1)} / ${r.toggle.dom[1].toFixed(1)} ms` : '–'} | ${r.inp ? `${event(r.inp.p50)} / ${event(r.inp.p95)}` : '–'} | ${r.memoryAfterLoad ? `${kb(r.memoryAfterLoad.heap)} → ${kb(r.memoryAfterToggles.heap)}` : '–'} | ${r.memoryAfterLoad ? `${kb(r.memoryAfterLoad.wasm)} → ${kb(r.memoryAfterToggles.wasm)}` : '–'} |`);
}
out.push('');
out.push('At 4x, data-ready against twice the static floor\'s "all card titles visible" (the goal):');
out.push('');
for (const r of results.filter((x) => x.slowdown === 4 && x.ready !== null)) {
  const floor = results.find((x) => x.slowdown === 4 && x.floorOf === r.scenario);
  const limit = 2 * floor.titles;
  out.push(`- ${r.scenario}: ${ms(r.ready)} against ${ms(limit)}: ${r.ready <= limit ? 'met' : 'missed'}.`);
}
out.push('');
out.push('The widget page against its static floor ("all card titles visible" with the scripts removed): its own text (goal: at most 1.10x) and, at 4x, data-ready (goal: at most 1.5x):');
out.push('');
for (const r of results.filter((x) => x.scenario === 'widget page')) {
  const floor = results.find((x) => x.slowdown === r.slowdown && x.floorOf === r.scenario);
  const titles = r.titles / floor.titles;
  let line = `- ${r.scenario}, ${r.slowdown}x: titles ${ms(r.titles)} against ${ms(floor.titles)}, ${titles.toFixed(2)}x (${titles <= 1.1 ? 'met' : 'missed'})`;
  if (r.slowdown === 4) {
    const ready = r.ready / floor.titles;
    line += `; data-ready ${ms(r.ready)}, ${ready.toFixed(2)}x (${ready <= 1.5 ? 'met' : 'missed'})`;
  }
  out.push(`${line}.`);
}
out.push('');
out.push(`Bytes, gzip, everything the page loads (goal: at most ${GOALS.page / 1024} KB for the widget page, ${GOALS.element / 1024} KB for the element on a host page), from a host that serves the build's own \`.gz\` copies and from one that compresses each response at level 9:`);
out.push('');
// Each transfer measured once, at 1x (every load of a page transfers the same).
const transfers = new Map(results.filter((r) => r.slowdown === 1).map((r) => [r.scenario, sizes(r.assets)]));
for (const [name, goal] of [['widget page', GOALS.page], ['element on host page', GOALS.element]]) {
  const { total } = transfers.get(name);
  const verdict = (n) => (n <= goal ? 'met' : 'missed');
  out.push(`- ${name}: ${kb(total.shipped)} with the build's \`.gz\` (${verdict(total.shipped)}); ${kb(total.gzip)} at gzip -9 (${verdict(total.gzip)}).`);
}
for (const r of results.filter((x) => x.slowdown === 1)) {
  out.push('');
  out.push(`Transfer, ${r.scenario}:`);
  out.push('');
  out.push(transferTable(transfers.get(r.scenario)));
}
out.push('');
out.push('The map on the widget page (gzip; budget 8 KB with its wasm code):');
out.push('');
out.push('| part | gzip |');
out.push('|---|---:|');
out.push(mapWeight(results.find((r) => r.scenario === 'widget page' && r.slowdown === 1)));
out.push('');
out.push('Lighthouse, widget page:');
out.push('');
out.push('| category | score |');
out.push('|---|---:|');
out.push(await lighthouse());
const text = out.join('\n');
console.log(text);
mkdirSync('target', { recursive: true });
writeFileSync('target/bench.md', `${text}\n`);
widget.close();
host.close();
