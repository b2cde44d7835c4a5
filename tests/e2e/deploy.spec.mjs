// What a producer and a developer rely on when deploying: oEmbed discovery from the widget
// page's address, assets in a folder named for their contents (cacheable for good) beside
// entry points with stable names, a compressed copy of each file for hosts that serve them,
// and `trunk serve` working in a fresh clone, its debug build kept out of dist/.
import { test, expect } from '@playwright/test';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { gzip } from '../support/compressed.mjs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { WIDGET, HOST_ORIGIN, watchProblems } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';
import { DIST, releaseFolder } from '../support/server.mjs';
import { signalGroup } from '../support/processes.mjs';

const ENTRY_POINTS = ['index.html', 'frame.html', 'sample.html', 'embed.js', 'embed.css', 'frame-host.js', 'oembed.json'];

test('a content system that embeds by URL finds the oEmbed document and gets a working iframe', async ({ page, request }) => {
  const html = await (await request.get(WIDGET)).text();
  const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
  expect(link, 'the widget page links its oEmbed document').not.toBeNull();
  const oembed = await (await request.get(link[1])).json();
  expect(oembed).toMatchObject({ type: 'rich', version: '1.0', provider_name: '127.0.0.1:4173', width: 640 });
  expect(oembed.title).toContain('NATO');
  expect(oembed.height).toBeGreaterThan(600);
  expect(oembed.html).toContain(`src="${WIDGET}frame.html"`);
  expect(oembed.html).toContain('sandbox="allow-scripts');
  // Written for what WordPress keeps, a blockquote linking to the widget page, then the
  // iframe with a width and the height reserved at 640 px; and for what Ghost keeps besides:
  // the pinned stylesheet and host script.
  expect(oembed.html).toMatch(new RegExp(`<blockquote[^>]*><a href="${WIDGET}index.html">[^<]+</a></blockquote><iframe `));
  expect(oembed.html).toContain(`width="100%" height="${oembed.height}"`);
  expect(oembed.html.match(/ integrity="sha384-/g)).toHaveLength(2);
  // Pasted as a content system that keeps it all would paste it: scripts run.
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.evaluate((html) => {
    const fragment = document.createRange().createContextualFragment(html);
    document.querySelector('main').append(fragment);
  }, oembed.html);
  const frame = await Explainer.frame(page).ready();
  await expect(page.locator('blockquote.nato-ip4-frame-link')).toBeHidden();
  const iframe = page.locator('iframe[data-nato-ip4]');
  const closed = (await iframe.boundingBox()).height;
  await frame.toggle('japan').click();
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(closed + 100);
});

test('assets live in a folder named for their contents; pasted snippets load only stable names or pinned files', () => {
  const top = readdirSync(DIST);
  const folder = releaseFolder();
  expect(folder).toMatch(/^[0-9a-f]{10}$/);
  for (const name of top) {
    // Besides the entry points (and their compressed copies): the snippets, the WordPress
    // plugin (a download), the release and Apache's rules for the folder.
    expect([...ENTRY_POINTS, 'snippets', 'wordpress', 'v', '.htaccess'], `${name} is an entry point`).toContain(name.replace(/\.(gz|br)$/, ''));
  }
  expect(readdirSync(`${DIST}/v/${folder}`)).toEqual(expect.arrayContaining(['nato-ip4.js', 'nato-ip4_bg.wasm', 'explainer.css', 'boot.js']));
  for (const page of ['index.html', 'frame.html']) {
    const html = readFileSync(`${DIST}/${page}`, 'utf8');
    const local = [...html.matchAll(/(?:src|href)="([^":#]+)"/g)].map(([, url]) => url)
      .filter((url) => !url.endsWith('.html') && !url.startsWith('snippets/'));
    expect(local.length, page).toBeGreaterThan(2);
    for (const url of local) expect(url, `${page} loads ${url} from the release folder`).toMatch(new RegExp(`^v/${folder}/`));
  }
  // The element snippet loads the current release by stable names; the iframe snippet pins
  // what it puts into the host page: a versioned path, with the integrity of that very file.
  const loads = (snippet) => [...readFileSync(`${DIST}/snippets/${snippet}.html`, 'utf8').matchAll(/<(?:link|script)[^>]*>/g)].map(([tag]) => ({
    url: tag.match(/(?:src|href)="([^"]+)"/)[1].slice(WIDGET.length),
    integrity: tag.match(/integrity="([^"]+)"/)?.[1],
  }));
  for (const { url, integrity } of loads('element')) {
    expect(ENTRY_POINTS, `the element snippet loads ${url}: a name every release keeps`).toContain(url);
    expect(integrity).toBeUndefined();
  }
  const pinned = loads('iframe');
  expect(pinned.map(({ url }) => url.replace(/^v\/[0-9a-f]{10}\//, ''))).toEqual(['embed.css', 'frame-host.js']);
  for (const { url, integrity } of pinned) {
    expect(url, 'pinned').toMatch(/^v\/[0-9a-f]{10}\//);
    expect(integrity).toBe(`sha384-${createHash('sha384').update(readFileSync(`${DIST}/${url}`)).digest('base64')}`);
    // Still at its stable name too, for snippets pasted before it was pinned.
    expect(readFileSync(`${DIST}/${url.replace(/^v\/[0-9a-f]{10}\//, '')}`).equals(readFileSync(`${DIST}/${url}`))).toBe(true);
  }
});

test('the widget page and the frame name the release CHANGELOG.md names', () => {
  const [, version] = readFileSync('CHANGELOG.md', 'utf8').match(/^## \[(\d+\.\d+\.\d+)\]/m);
  for (const page of ['index.html', 'frame.html']) {
    expect(readFileSync(`${DIST}/${page}`, 'utf8'), page).toContain(`<meta name="generator" content="nato-ip4-explainer ${version}">`);
  }
});

test('every file a browser loads has a Zopfli .gz and a brotli .br beside it, each the same file', async ({ request }) => {
  const files = readdirSync(DIST, { recursive: true })
    .filter((name) => /\.(html|js|css|wasm|svg|json)$/.test(name) && !name.startsWith('wordpress'));
  expect(files).toEqual(expect.arrayContaining(['index.html', 'embed.js', 'snippets/element.html']));
  expect(files.filter((name) => name.endsWith('.wasm'))).toHaveLength(1);
  let gz = 0;
  let nine = 0;
  for (const name of files) {
    const body = readFileSync(`${DIST}/${name}`);
    const copy = readFileSync(`${DIST}/${name}.gz`);
    expect(gunzipSync(copy).equals(body), `${name}.gz is ${name}`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${DIST}/${name}.br`)).equals(body), `${name}.br is ${name}`).toBe(true);
    const atNine = gzip(body);
    expect(copy.length, `${name}.gz is no larger than gzip -9`).toBeLessThanOrEqual(atNine);
    gz += copy.length;
    nine += atNine;
  }
  console.log(`${files.length} files: ${gz} B as the build's .gz, ${nine} B at gzip -9`);
  // Zopfli, not a plain gzip: a plain gzip -9 of the same files comes to within a few bytes
  // of `nine` (the line above prints both).
  expect(gz / nine).toBeLessThan(0.97);
  // Served as a host with brotli_static and gzip_static serves them (tests/support/server.mjs).
  const folder = releaseFolder();
  for (const [encoding, ext] of [['br', 'br'], ['gzip', 'gz']]) {
    const response = await request.get(`${WIDGET}v/${folder}/nato-ip4_bg.wasm`, { headers: { 'accept-encoding': encoding } });
    expect(response.headers()['content-encoding']).toBe(encoding);
    expect(Number(response.headers()['content-length']), encoding).toBe(statSync(`${DIST}/v/${folder}/nato-ip4_bg.wasm.${ext}`).size);
    expect((await response.body()).equals(readFileSync(`${DIST}/v/${folder}/nato-ip4_bg.wasm`))).toBe(true);
  }
});

test('the scripts that run at start ask Chromium to compile them as they load, not call by call', () => {
  // V8's compile hint must open the file (crates/finish/src/shrink.rs, EAGER).
  const folder = releaseFolder();
  const atStart = ['embed.js', 'frame-host.js', ...['boot.js', 'frame.js', 'nato-ip4.js'].map((name) => `v/${folder}/${name}`)];
  for (const name of atStart) {
    expect(readFileSync(`${DIST}/${name}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), name).toBe(true);
  }
  // The Embed panel's script loads when a producer opens it: only what it calls compiles.
  expect(readFileSync(`${DIST}/v/${folder}/embed-panel.js`, 'utf8')).not.toContain('allFunctionsCalledOnLoad');
});

test('a PUBLIC_URL that is no folder\'s address stops the build before it starts, saying what to write', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bad-public-url-'));
  try {
    for (const [given, instead] of [
      ['https://cdn.example.org/ip4', 'https://cdn.example.org/ip4/'],
      ['https://cdn.example.org/a"b/', 'https://cdn.example.org/a%22b/'],
    ]) {
      const build = spawnSync('trunk', ['build', '--dist', dist], { env: { ...process.env, PUBLIC_URL: given }, encoding: 'utf8' });
      expect(build.status, given).not.toBe(0);
      const said = `${build.stdout}${build.stderr}`;
      expect(said).toContain(`PUBLIC_URL "${given}"`);
      expect(said).toContain(`write "${instead}"`);
      // Stopped before anything was built.
      expect(existsSync(join(dist, 'index.html')), given).toBe(false);
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('trunk serve works in a fresh clone, and writes its debug build outside dist/', async ({ page }) => {
  test.setTimeout(600_000);
  // A fresh clone of the working tree: every file git keeps, as it is now, and nothing else
  // (no target/, no dist/, no node_modules/). Cargo's own target folder is this one's, so
  // that only the project's crates build again.
  const clone = mkdtempSync(join(tmpdir(), 'fresh-clone-'));
  const kept = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  for (const file of kept.split('\0').filter((name) => name && existsSync(name))) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(file, join(clone, file));
  }
  // What trunk says goes to the test's output, and into the error should it end early.
  const log = test.info().outputPath('trunk-serve.log');
  const out = openSync(log, 'w');
  const serve = spawn('trunk', ['serve', '--port', '8093'], {
    cwd: clone,
    env: { ...process.env, CARGO_TARGET_DIR: resolve('target') },
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const problems = watchProblems(page);
  try {
    await expect.poll(async () => {
      if (serve.exitCode !== null) throw new Error(`trunk serve ended with ${serve.exitCode}`);
      return fetch('http://127.0.0.1:8093/').then((response) => response.status, () => 0);
    }, { timeout: 540_000 }).toBe(200);
    await page.goto('http://127.0.0.1:8093/');
    const explainer = await Explainer.page(page).ready();
    await explainer.toggle('japan').click();
    await explainer.expectOpen('japan');
    expect(problems).toEqual([]);
    expect(existsSync(join(clone, 'target/trunk/index.html')), 'the debug build in target/trunk').toBe(true);
    expect(existsSync(join(clone, 'dist')), 'no dist/ in the clone').toBe(false);
  } catch (error) {
    error.message += `\ntrunk serve said (last lines):\n${readFileSync(log, 'utf8').split('\n').slice(-30).join('\n')}`;
    throw error;
  } finally {
    signalGroup(serve.pid, 'SIGTERM');
    rmSync(clone, { recursive: true, force: true });
  }
});
