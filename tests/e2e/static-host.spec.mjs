// dist/ on real static hosts, set up only as docs/deploying.md says (tests/support/static-host.mjs):
// Debian's Apache with the `.htaccess` the build ships, and Debian's nginx with that page's
// `location` block. What a reader's browser gets from each: the build's own compressed copies
// (brotli, or Zopfli's gzip for a browser that takes only gzip), the headers a host must send,
// and a widget that starts, on the widget page and on a host page of another origin.
import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { GOALS, distFile } from '../support/compressed.mjs';
import { STATIC_WIDGET, openHost, watchProblems } from '../support/hosts.mjs';
import { ALIASED_WIDGET, DECOY, NGINX_WIDGET, startStaticHosts } from '../support/static-host.mjs';
import { DIST, releaseFolder } from '../support/server.mjs';

test.describe.configure({ mode: 'default' });

let hosts;
test.beforeAll(async () => {
  // Another worker's run of this file may hold the hosts' ports first (with
  // `--repeat-each`): serverGroup waits up to 20 minutes for them, then the start.
  test.setTimeout(25 * 60_000);
  hosts = await startStaticHosts();
});
test.afterAll(async () => {
  await hosts?.stop();
});

/** Every response from `widget`: its dist/ file, status, headers and bytes on the wire. */
function record(page, widget) {
  const got = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const file = distFile(request.url(), widget);
    if (!file || !response) return;
    const { responseBodySize } = await request.sizes();
    got.push({ file, status: response.status(), headers: await response.allHeaders(), bytes: responseBodySize });
  });
  return got;
}

/** Opens the widget page from `widget`, up and quiet; what it got from there (`record`). */
async function openWidgetPage(page, widget) {
  const got = record(page, widget);
  await page.goto(widget);
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  await page.waitForLoadState('networkidle');
  return got;
}

const onTheWire = (got) => got.reduce((sum, r) => sum + r.bytes, 0);
const sizeOf = (path) => statSync(path).size;
const FOLDER = releaseFolder();
const cacheFor = (file) => (file.startsWith(`${DIST}/v/`) ? 'public, max-age=31536000, immutable' : 'max-age=300');

for (const [server, widget] of [['Apache', STATIC_WIDGET], ['nginx', NGINX_WIDGET]]) {
  test.describe(`from ${server}`, () => {
    test('the widget page comes as the build\'s brotli copies, with the headers a host must send', async ({ page }) => {
      const problems = watchProblems(page);
      const got = await openWidgetPage(page, widget);
      const files = got.map((r) => r.file);
      expect(files).toEqual(expect.arrayContaining([`${DIST}/index.html`, `${DIST}/v/${FOLDER}/nato-ip4_bg.wasm`, `${DIST}/v/${FOLDER}/boot.js`]));
      for (const r of got) {
        expect(r.status, r.file).toBe(200);
        expect(r.headers['content-encoding'], r.file).toBe('br');
        expect(r.bytes, `${r.file}: the bytes of ${r.file}.br`).toBe(sizeOf(`${r.file}.br`));
        expect(r.headers['access-control-allow-origin'], r.file).toBe('*');
        expect(r.headers['x-content-type-options'], r.file).toBe('nosniff');
        expect(r.headers['cache-control'], r.file).toBe(cacheFor(r.file));
      }
      expect(got.find((r) => r.file.endsWith('.wasm')).headers['content-type']).toBe('application/wasm');
      console.log(`widget page from ${server}: ${got.length} files, ${onTheWire(got)} B on the wire (brotli)`);
      expect(problems).toEqual([]);
    });

    test.describe('a browser that takes only gzip', () => {
      test.use({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });

      test('gets the build\'s Zopfli copies: the widget page within 72 KB', async ({ page }) => {
        const got = await openWidgetPage(page, widget);
        expect(got.map((r) => r.file)).toContain(`${DIST}/v/${FOLDER}/nato-ip4_bg.wasm`);
        for (const r of got) {
          expect(r.headers['content-encoding'], r.file).toBe('gzip');
          expect(r.bytes, `${r.file}: the bytes of ${r.file}.gz`).toBe(sizeOf(`${r.file}.gz`));
        }
        const total = onTheWire(got);
        console.log(`widget page from ${server}: ${got.length} files, ${total} B on the wire (gzip)`);
        expect(total).toBeLessThanOrEqual(GOALS.page);
      });
    });
  });
}

test('the element on a host page of another origin starts from Apache', async ({ page }) => {
  const problems = watchProblems(page);
  const got = record(page, STATIC_WIDGET);
  await openHost(page, { embed: 'element', widget: 'static' });
  await expect(page.locator('nato-ip4-explainer')).toHaveAttribute('data-ready', '');
  await page.waitForLoadState('networkidle');
  const files = got.map((r) => r.file);
  expect(files).toEqual(expect.arrayContaining([`${DIST}/embed.js`, `${DIST}/v/${FOLDER}/nato-ip4.js`, `${DIST}/v/${FOLDER}/nato-ip4_bg.wasm`]));
  for (const r of got) {
    expect(r.headers['content-encoding'], r.file).toBe('br');
    expect(r.headers['access-control-allow-origin'], r.file).toBe('*');
  }
  expect(problems).toEqual([]);
});

for (const [server, widget] of [['Apache', STATIC_WIDGET], ['nginx', NGINX_WIDGET], ['Apache, by an Alias under a v/<hex>/ path', ALIASED_WIDGET]]) {
  test(`${server}: only the folder's own v/ at its top is cached for good`, async ({ request }) => {
    for (const [name, cache] of [['index.html', 'max-age=300'], [DECOY, 'max-age=300'], [`v/${FOLDER}/boot.js`, 'public, max-age=31536000, immutable']]) {
      const response = await request.get(`${widget}${name}`);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['cache-control'], name).toBe(cache);
      expect(response.headers()['x-content-type-options'], name).toBe('nosniff');
    }
  });
}

test('Apache\'s rules hold where the host maps the folder in from elsewhere (an Alias)', async ({ request }) => {
  for (const [name, file] of [['', 'index.html'], [`v/${FOLDER}/nato-ip4_bg.wasm`, `v/${FOLDER}/nato-ip4_bg.wasm`], ['embed.js?from=a-snippet', 'embed.js']]) {
    const response = await request.get(`${ALIASED_WIDGET}${name}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-encoding'], name).toBe('br');
    expect(Number(response.headers()['content-length']), name).toBe(sizeOf(`${DIST}/${file}.br`));
    expect(response.headers()['cache-control'], name).toBe(cacheFor(`${DIST}/${file}`));
  }
});
