// Compressed sizes, as a static host serves the files: gzip at level 9 and brotli at
// quality 11. Shared by the byte-budget test, `make bench` and `make bytes`, so that they
// always print the same figures for the same file.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Bytes of `body` gzip-compressed. */
export const gzip = (body) => gzipSync(body, { level: 9 }).length;

/** Bytes of `body` brotli-compressed. */
export const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
