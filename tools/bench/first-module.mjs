// What the widget's first screen needs of the wasm, and what the smallest first module could
// save: `node tools/bench/first-module.mjs <dist> [<out>]`.
//
// Loads the widget page and the element on a host page a few times in Chromium, tracing V8's
// lazy compilation, and collects the wasm functions compiled before data-ready. Prints how
// many of the module's functions and bytes those are. With <out>, writes a copy of <dist>
// whose wasm keeps only those functions' bodies (every other one is `unreachable`): the first
// module of an ideal split, with nothing of a split's own loader. It starts exactly as the
// real build does and traps once the reader needs anything else, so `make ab A=<dist>
// B=<out>` measures the most any split could win at start-up.
import { chromium } from '@playwright/test';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { launchOptions } from '../../tests/support/chromium.mjs';
import { gzip } from '../../tests/support/compressed.mjs';
import { PREFIX, releaseFolder, serve, serveHost } from '../../tests/support/server.mjs';
import { S } from '../../tests/support/selectors.mjs';
import { encodeLeb, leb, sections } from '../../tests/support/wasm.mjs';

const [dist, out] = process.argv.slice(2).map((path) => path && resolve(path));
if (!dist) {
  console.error('usage: node tools/bench/first-module.mjs <dist> [<out>]');
  process.exit(2);
}
const LOADS = 3;
const PORT = 4293;

/** The indices of the functions V8 compiled before data-ready, in one load of `url`. */
async function compiledBeforeReady(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8.wasm', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.locator(`${ready}[data-ready]`).waitFor({ state: 'attached', timeout: 30_000 });
  // The mark comes after data-ready; the widget does nothing more in between (it draws the
  // closed cards' details after the next frame, which this evaluate does not wait for).
  await page.evaluate(() => performance.mark('nato-ip4-ready'));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const mark = events.find((e) => e.name === 'nato-ip4-ready');
  return events.filter((e) => e.name === 'wasm.CompileLazy' && e.ts < mark.ts).map((e) => e.args.func_index);
}

/** The number of imported functions, and each function body's [start, end) in `wasm`. */
function functionBodies(wasm) {
  let imported = 0;
  const bodies = [];
  let codeSection = null;
  for (const section of sections(wasm)) {
    if (section.id === 2) {
      let [count, at] = leb(wasm, section.start);
      for (let i = 0; i < count; i++) {
        for (let name = 0; name < 2; name++) {
          const [length, next] = leb(wasm, at);
          at = next + length;
        }
        const kind = wasm[at++];
        if (kind === 0) { imported += 1; at = leb(wasm, at)[1]; }
        else if (kind === 1) { at += 1; const flags = wasm[at++]; at = leb(wasm, at)[1]; if (flags & 1) at = leb(wasm, at)[1]; }
        else if (kind === 2) { const flags = wasm[at++]; at = leb(wasm, at)[1]; if (flags & 1) at = leb(wasm, at)[1]; }
        else if (kind === 3) { at += 2; }
        else throw new Error(`import kind ${kind}`);
      }
    } else if (section.id === 10) {
      codeSection = section;
      let [count, at] = leb(wasm, section.start);
      for (let i = 0; i < count; i++) {
        const [size, start] = leb(wasm, at);
        bodies.push([at, start + size]);
        at = start + size;
      }
    }
  }
  return { imported, bodies, codeSection };
}

/** `wasm` with every function body not in `keep` (indices into the code section) replaced. */
function stubbed(wasm, { bodies, codeSection }, keep) {
  const stub = [3, 0x00, 0x00, 0x0b]; // size, no locals, unreachable, end
  const parts = [...encodeLeb(bodies.length)];
  bodies.forEach(([at, end], i) => parts.push(...(keep.has(i) ? wasm.subarray(at, end) : stub)));
  const content = Uint8Array.from(parts);
  return Buffer.concat([
    wasm.subarray(0, codeSection.at), Uint8Array.of(10), Uint8Array.from(encodeLeb(content.length)), content,
    wasm.subarray(codeSection.end),
  ]);
}

const widget = `http://127.0.0.1:${PORT}${PREFIX}`;
const servers = [await serve({ port: PORT, root: dist, prefix: PREFIX }), await serveHost({ port: PORT + 1, dist, widget })];
const browser = await chromium.launch(launchOptions);
const compiled = new Set();
try {
  for (const [url, ready] of [[widget, S.host], [`http://127.0.0.1:${PORT + 1}/article.html?embed=element`, S.element]]) {
    for (let i = 0; i < LOADS; i++) for (const index of await compiledBeforeReady(browser, url, ready)) compiled.add(index);
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

const wasmPath = join(dist, 'v', releaseFolder(dist), 'nato-ip4_bg.wasm');
const wasm = readFileSync(wasmPath);
const layout = functionBodies(wasm);
const keep = new Set([...compiled].map((index) => index - layout.imported));
const size = (bodies) => bodies.reduce((sum, [at, end]) => sum + end - at, 0);
const kept = layout.bodies.filter((_, i) => keep.has(i));
const first = stubbed(wasm, layout, keep);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`functions defined: ${layout.bodies.length}; compiled before data-ready (widget page and element, ${LOADS} loads each): ${keep.size}`);
console.log(`their code: ${kb(size(kept))} of ${kb(size(layout.bodies))}`);
console.log(`the wasm, gzip -9: ${kb(gzip(wasm))}; with only those bodies: ${kb(gzip(first))} (${kb(gzip(wasm) - gzip(first))} less)`);
if (out) {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const target = join(out, 'v', releaseFolder(out), 'nato-ip4_bg.wasm');
  writeFileSync(target, first);
  // Its compressed copies as the build writes them (a host serves those), near enough: brotli
  // at its best, gzip -9 for Zopfli.
  writeFileSync(`${target}.br`, brotliCompressSync(first, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  }));
  writeFileSync(`${target}.gz`, gzipSync(first, { level: 9 }));
  console.log(`wrote ${out}: make ab A=${dist} B=${out}`);
}
