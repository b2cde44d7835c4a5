// Compressed sizes, as a static host serves the files: gzip at level 9 and brotli at
// quality 11 as a host compressing each response would, and the build's own Zopfli `.gz`
// copies as a host serving them would (nginx's `gzip_static`, Caddy's `precompressed`;
// crates/finish/src/compress.rs). Shared by the byte-budget test, `make bench` and
// `make bytes`, so that they always print the same figures for the same file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { WIDGET } from './e2e/server.mjs';

/** Bytes of `body` gzip-compressed. */
export const gzip = (body) => gzipSync(body, { level: 9 }).length;

/** Bytes of `body` brotli-compressed. */
export const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The file of dist/ that `url` loads when dist/ is served at `base`, or null. */
export function distFile(url, base = WIDGET) {
  if (!url.startsWith(base)) return null;
  const path = `dist/${decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length))}`;
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
