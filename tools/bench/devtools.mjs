// The benches' DevTools plumbing: a fresh page at a CPU slowdown, what the page holds in
// memory (its JS heap, and its wasm's linear memory, found among the page's objects), and
// Lighthouse.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROME, CHROME_FLAGS } from '../../tests/support/chromium.mjs';

/** Chromium flags for the memory figures: precise heap sizes, and a way to collect garbage. */
export const MEMORY_FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

/** Networks a page may be loaded over: none (loopback as it is), or a slow one. */
export const NETWORKS = {
  none: null,
  // As the issue tracker's slow network: 400 kbit/s each way, 400 ms latency.
  slow: { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 },
};

export async function newPage(browser, slowdown, network = 'none') {
  // A common laptop viewport. (Headless Chromium rasterizes in software: a taller one makes
  // every repaint, and so every interaction, slower than on a reader's GPU.)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  if (NETWORKS[network]) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORKS[network]);
  }
  return { context, page, cdp };
}

/** The page's JS heap after a garbage collection, and its one wasm memory, in bytes. */
export async function memory(page, cdp) {
  const heap = await page.evaluate(() => {
    window.gc?.();
    return performance.memory.usedJSHeapSize;
  });
  // Found by its type: the glue is inside boot.js on the widget page and a module of the
  // element's on a host page, and its export names are minified.
  const { result: type } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: type.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.map((memory) => memory.buffer.byteLength); }',
    returnByValue: true,
  });
  if (result.value.length !== 1) throw new Error(`${result.value.length} wasm memories in the page, not one`);
  return { heap, wasm: result.value[0] };
}

/** Lighthouse's scores for `url`, as [title, score] pairs; asynchronous, so that this
 * process's servers keep answering Lighthouse's browser. */
export async function lighthouse(url) {
  const { stdout } = await promisify(execFile)('npx', ['lighthouse', url, '--quiet', '--output=json',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`],
  { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 << 20, timeout: 300_000 });
  return Object.values(JSON.parse(stdout).categories).map((c) => [c.title, Math.round(c.score * 100)]);
}
