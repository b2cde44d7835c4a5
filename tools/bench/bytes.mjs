// `make bytes`: where the wasm's bytes go, by twiggy (docs/performance.md, "Where the bytes go").
// Reads the release wasm cargo built for `make dist` (with its names), runs wasm-bindgen and
// wasm-opt -Oz on it as the build does but keeping the name section, and sums twiggy's sizes
// by crate. Gzip does not split by crate: each group's gzip figure is its share of the raw
// bytes applied to the shipped wasm's gzip size, an estimate.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { gzip } from '../../tests/support/compressed.mjs';
import { DIST, releaseFolder } from '../../tests/support/server.mjs';

const out = 'target/bytes';
mkdirSync(out, { recursive: true });
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
run('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'named',
  'target/wasm32-unknown-unknown/release/nato_ip4.wasm']);
run('wasm-opt', ['-Oz', '-g', `${out}/named_bg.wasm`, '-o', `${out}/named.wasm`]);
const csv = run('twiggy', ['top', '-n', '100000', '--format', 'csv', `${out}/named.wasm`]);

const GROUPS = [
  ['the widget’s own code (components, state, options, events)', /nato_ip4/],
  ['the article’s text and other constant data', /^data segment|^"data/],
  ['serde and serde-wasm-bindgen (event details)', /serde/],
  ['wasm-bindgen, js-sys and web-sys (calls into the browser)', /wasm_bindgen|js_sys|web_sys|^import |^export |__wbindgen|__externref|externref shim/],
  ['Yew (rendering, diffing, scheduling, hooks)', /yew|implicit_clone|indexmap|slab|tokise/],
  ['the allocator (talc)', /talc/],
  ['Rust’s core, alloc and std (formatting, collections, panics)', /core|alloc|std|hashbrown|compiler_builtins|memcpy|memset|memcmp|memmove/],
];
const sizes = new Map(GROUPS.map(([name]) => [name, 0]));
let other = 0;
let total = 0;
for (const line of csv.split('\n').slice(1)) {
  const match = line.match(/^"?(.*?)"?,(\d+),/);
  if (!match) continue;
  const [, name, bytes] = match;
  if (name.includes('function names') || name.includes('name section') || /^custom section/.test(name)) continue;
  const size = Number(bytes);
  total += size;
  const group = GROUPS.find(([, pattern]) => pattern.test(name));
  if (group) sizes.set(group[0], sizes.get(group[0]) + size);
  else other += size;
}
sizes.set('other (tables, element segments, small items)', other);

const folder = releaseFolder();
const shipped = readFileSync(`${DIST}/v/${folder}/nato-ip4_bg.wasm`);
const gzipped = gzip(shipped);
const kb = (n) => (n / 1024).toFixed(1);
const lines = ['| what | raw KB | ≈ gzip KB |', '|---|---:|---:|'];
for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  lines.push(`| ${name} | ${kb(size)} | ${kb((size / total) * gzipped)} |`);
}
lines.push(`| **the shipped wasm** | **${kb(shipped.length)}** | **${kb(gzipped)}** |`);
console.log(lines.join('\n'));
