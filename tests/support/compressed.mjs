// Compressed sizes, as a static host serves the files: gzip at level 9 and brotli at
// quality 11 as a host compressing each response would, and the build's own Zopfli `.gz`
// copies as a host serving them would (nginx's `gzip_static`, Caddy's `precompressed`;
// crates/finish/src/compress.rs). Shared by the byte-budget test, `make bench` and
// `make bytes`, so that they always print the same figures for the same file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { DIST, WIDGET, WIDGET_ORIGIN } from './server.mjs';

/** Bytes of `body` gzip-compressed. */
export const gzip = (body) => gzipSync(body, { level: 9 }).length;

/** Bytes of `body` brotli-compressed. */
export const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The file of the build (DIST) that `url` loads when it is served at `base`, or null. */
export function distFile(url, base = WIDGET) {
  if (!url.startsWith(base)) return null;
  const path = `${DIST}/${decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length))}`;
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Bytes of `body`, loaded from `url`, as gzip from a host that serves the build's own `.gz`
 * copies: that copy's size when `url` is a file of dist/ (served at WIDGET) and `body` is
 * that file as built; otherwise, for the host's own pages or a page the test server
 * changed, gzip at level 9.
 */
export function shippedGzip(url, body) {
  const path = distFile(url);
  if (path && existsSync(`${path}.gz`) && readFileSync(path).equals(body)) return statSync(`${path}.gz`).size;
  return gzip(body);
}

// The byte goals (docs/performance.md), in the KB of every size in this repository (1,024
// bytes, as the bench prints them): at most 78 KB from any host (the budget), and the goals
// from a host that serves the build's `.gz` copies.
export const BUDGET = 78 * 1024;
export const GOALS = { page: 72 * 1024, element: 68 * 1024 };

/**
 * What the element adds to a host page, of `assets` (as `collectTransfers` gives them), as
 * the element's goal counts it: what came from the widget's origin, and the snippet pasted
 * into the page's own HTML, which the host compresses (at gzip -9: its url is no file the
 * build compressed). Not the host page's own files.
 */
export const elementAdds = (assets) => [
  ...assets.filter(({ url }) => url.startsWith(WIDGET_ORIGIN)),
  { name: 'the snippet in the host page', url: 'snippet:', body: readFileSync(`${DIST}/snippets/element.html`) },
];

/** What a response (Playwright's) transferred, as `sizes` takes it: { name, url, body }; null if not a 200 with a body. */
async function transferOf(response) {
  if (response.status() !== 200) return null;
  const body = await response.body().catch(() => null);
  return body && { name: new URL(response.url()).pathname.split('/').pop() || 'index.html', url: response.url(), body };
}

/**
 * Every transfer (`transferOf`) `page` gets from now on from `origin` (any, if null), in the
 * array returned, as it comes.
 */
export function collectTransfers(page, origin = null) {
  const transfers = [];
  page.on('response', async (response) => {
    if (origin && new URL(response.url()).origin !== origin) return;
    const transfer = await transferOf(response);
    if (transfer) transfers.push(transfer);
  });
  return transfers;
}

/**
 * Each of `assets` ({ name, url, body }) raw, at gzip -9, as the build's `.gz` and as
 * brotli, and their totals.
 */
export function sizes(assets) {
  // The page first, then by name: a stable order, whichever response came in first.
  const rank = ({ name }) => `${name.endsWith('.html') ? 0 : 1}${name}`;
  const rows = assets.map(({ name, url, body }) => ({
    name, raw: body.length, gzip: gzip(body), shipped: shippedGzip(url, body), brotli: brotli(body),
  })).sort((a, b) => rank(a).localeCompare(rank(b)));
  const total = Object.fromEntries(['raw', 'gzip', 'shipped', 'brotli'].map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)]));
  return { rows, total };
}
