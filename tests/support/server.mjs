// Servers for the end-to-end tests and the bench, on loopback only:
// - the widget's origin (port 4173) serves dist/ under a deep sub-path, as a newsroom's
//   static host would, with CORS so other origins can load it;
// - a host origin (port 4174) serves article pages that embed the widget with the snippets
//   `make dist` wrote, under the host CSS and policy a test asks for (see hostPage below);
// - a trap origin (port 4175) serves the same dist/, but a wasm that traps as it starts
//   (tests/support/trapping.mjs).
// Usage: node tests/support/server.mjs
import { createServer } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { capMemory } from './trapping.mjs';
import { RELEASE } from '../../static/contract.js';

/**
 * The release build the tests serve: one of their own (the Makefile's TEST_DIST), so that
 * dist/ keeps whatever `make dist` put there.
 */
export const DIST = process.env.TEST_DIST ?? 'target/test-dist';

/** The release's own folder in `dist` (`v/<hash>/`, the one with the wasm). */
export function releaseFolder(dist = DIST) {
  return readdirSync(`${dist}/v`).find((name) => existsSync(`${dist}/v/${name}/nato-ip4_bg.wasm`));
}

export const WIDGET_PORT = 4173;
export const HOST_PORT = 4174;
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
export const PREFIX = '/news/2024/ip4/';
export const WIDGET = `${WIDGET_ORIGIN}${PREFIX}`;
export const TRAP_PORT = 4175;
/** The widget's deployment as the trap origin serves it: the same, but for a trapping wasm. */
export const TRAP_WIDGET = `http://127.0.0.1:${TRAP_PORT}${PREFIX}`;
/** A real Apache serving a copy of dist/ with its .htaccess, while a test runs it (static-host.mjs). */
export const STATIC_PORT = 4182;
export const STATIC_WIDGET = `http://127.0.0.1:${STATIC_PORT}${PREFIX}`;
/**
 * A second deployment of the widget, of another release (the same build, its release renamed
 * `SECOND_RELEASE`), for pages that load the explainer from two places.
 */
export const SECOND_PORT = 4176;
export const SECOND_WIDGET = `http://127.0.0.1:${SECOND_PORT}${PREFIX}`;
export const SECOND_RELEASE = '9.9.9';
/** Where else the embeds may load the widget from (`widget=` on a host page). */
const ELSEWHERE = { trap: TRAP_WIDGET, static: STATIC_WIDGET, second: SECOND_WIDGET };

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The build's compressed copies, by encoding, in the order a host prefers them. */
const PRECOMPRESSED = [['br', '.br'], ['gzip', '.gz']];

/**
 * Serves `root` under `prefix`; `override(url)` may answer a request itself, and
 * `rewrite(path, body)` change a file as it is served. Without a root, only `override`
 * answers.
 */
export function serve({ port, root = null, prefix = '/', override = () => null, rewrite = (path, body) => body }) {
  root = root && resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, `http://${request.headers.host}`);
    if (url.pathname === '/health') return response.writeHead(200).end('ok');
    const special = await override(url);
    if (special) {
      const html = special.headers?.['content-type']?.startsWith('text/html');
      let body = special.body;
      if (html && url.searchParams.has('floor')) body = withoutScripts(String(body));
      if (html && url.searchParams.has('watch')) body = watched(String(body));
      return response.writeHead(special.status ?? 200, special.headers).end(body);
    }
    if (!root || !url.pathname.startsWith(prefix)) return response.writeHead(404).end('not found');
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(root)) return response.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const file = await readFile(path);
      let body = rewrite(path, file);
      if (extname(path) === '.html' && url.searchParams.has('floor')) body = withoutScripts(body.toString());
      if (extname(path) === '.html' && url.searchParams.has('watch')) body = watched(body.toString());
      const headers = {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // A static host serving the widget to other origins sends this (docs/deploying.md).
        'access-control-allow-origin': '*',
        vary: 'accept-encoding',
      };
      // A file served as the build wrote it goes out as the build's own compressed copy
      // beside it, as nginx's brotli_static and gzip_static and Caddy's `precompressed`
      // serve them (crates/finish/src/compress.rs); anything else is compressed here, as a
      // host compressing on the fly would. Transfer sizes in tests are computed from the
      // uncompressed bodies (tests/support/compressed.mjs), so they do not depend on this.
      const accepted = (request.headers['accept-encoding'] ?? '').split(',').map((part) => part.split(';')[0].trim());
      const copy = body === file && PRECOMPRESSED.find(([name]) => accepted.includes(name));
      const precompressed = copy && (await readFile(`${path}${copy[1]}`).catch(() => null));
      if (precompressed) {
        body = precompressed;
        headers['content-encoding'] = copy[0];
      } else if (accepted.includes('gzip')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = Buffer.byteLength(body);
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/**
 * A page as it is without its scripts, for the bench's static floor (`?floor` on any page):
 * the same markup and styles, nothing that starts the widget.
 */
export function withoutScripts(html) {
  return html
    .replace(/<script[^>]*><\/script>/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
}

/** Where the engines' watcher is served (tests/support/watch.js), on the widget's origin. */
export const WATCH = `${WIDGET_ORIGIN}/watch.js`;

/**
 * A page with the watcher loaded before anything else (`?watch` on any page), for engines
 * whose drivers report no console (tests/support/watch.js).
 */
export function watched(html) {
  return html.replace('<meta charset="utf-8">', `<meta charset="utf-8"><script src="${WATCH}"></script>`);
}

const policy = (script) => [
  "default-src 'none'",
  `script-src ${script}`,
  `style-src ${WIDGET_ORIGIN} ${HOST_ORIGIN}`,
  `connect-src ${WIDGET_ORIGIN}`,
  `frame-src ${WIDGET_ORIGIN}`,
  "img-src 'self'", // the host's own favicon
  "require-trusted-types-for 'script'",
].join('; ');

export const POLICIES = {
  strict: policy(`${WIDGET_ORIGIN} 'wasm-unsafe-eval'`),
  // The same, but forgetting what WebAssembly needs: the widget cannot start.
  'no-wasm': policy(WIDGET_ORIGIN),
};


/** What newsroom stylesheets do to everything on their pages. */
export const HOST_CSS = {
  none: '',
  plain: 'body { margin: 0 auto; max-width: 1400px; font: 18px/1.6 Georgia, serif; }',
  hostile: `
    html { font-size: 10px; }
    body { font: italic 13px/3 "Comic Sans MS", cursive; color: #c00; letter-spacing: 2px; }
    button { all: unset; }
    div { margin: 7px; }
    [hidden] { display: block !important; }
    *:focus { outline: none; }
    iframe { height: 100%; }
  `,
  'iframe-full-height': 'iframe { height: 100%; }',
  window: 'body { margin: 0; } #window { display: block; border: 0; }',
  'sticky-header': `
    .masthead { position: sticky; top: 0; z-index: 5; height: 80px; background: #111; color: #fff; }
  `,
};

const PROSE = 'The article text goes on around the explainer, as it would on a news page. '.repeat(3);

/**
 * A snippet as `dist` wrote it, loading from `widget` instead of the address it was built for
 * ("./", or the widget origin's own, as `make test` builds it).
 */
async function snippet(name, { dist = DIST, widget = WIDGET } = {}) {
  const text = await readFile(`${dist}/snippets/${name}.html`, 'utf8');
  return text.replaceAll('"./', `"${widget}`).replaceAll(`"${WIDGET}`, `"${widget}`);
}

/**
 * What content systems do to pasted HTML, by name: WordPress's own wpautop (the Classic
 * editor), an editor that wraps it in a paragraph or ends each line with <br>, collapses it
 * onto one line or adds blank lines; and a snippet pasted before it had its wrapping <div>,
 * then through wpautop.
 */
export const REWRITES = {
  wpautop: (html) => execFileSync('php', ['tests/wordpress/autop.php'], { input: html, encoding: 'utf8' }),
  paragraph: (html) => `<p>${html}</p>`,
  br: (html) => html.replaceAll('\n', '<br>\n'),
  'one-line': (html) => html.replace(/\s+/g, ' '),
  'blank-lines': (html) => html.replaceAll('\n', '\n\n\n'),
  'unwrapped-wpautop': (html) => REWRITES.wpautop(html.replace(/^<div class="nato-ip4-embed">\n/, '').replace(/<\/div>\n*$/, '')),
};

/**
 * A host article page. Query: embed=element,iframe,… (in order); css=<HOST_CSS key>;
 * rewrite=<REWRITES key> (applied to the embeds and the paragraph after them);
 * policy=strict; attrs=<attributes for the element>; frame=<query for frame.html>;
 * other=1 adds an unrelated iframe of the host origin; target=1 adds an empty #target div;
 * spacer=1 puts five screens of text before the embeds; widget=trap loads the embeds from
 * the trap origin, widget=static from the static host (Apache), widget=second from the second
 * deployment; second=<name> adds one more embed, from the second deployment; legacy=1 gives
 * the iframe snippet as it was pasted before its host files were pinned.
 */
async function hostPage(url, from) {
  const q = url.searchParams;
  let body = q.has('spacer') ? `<div class="spacer">${'<p>More of the story.</p>'.repeat(300)}</div>` : '';
  for (const name of (q.get('embed') ?? '').split(',').filter(Boolean)) {
    let html = await snippet(name, ELSEWHERE[q.get('widget')] ? { ...from, widget: ELSEWHERE[q.get('widget')] } : from);
    if (q.has('legacy')) html = unpinned(html);
    if (q.has('attrs')) html = html.replace('<nato-ip4-explainer>', `<nato-ip4-explainer ${q.get('attrs')}>`);
    const frame = [q.get('frame'), q.has('watch') ? 'watch' : null].filter(Boolean).join('&');
    if (frame) html = html.replace('frame.html"', `frame.html?${frame}"`);
    body += html;
  }
  if (q.has('second')) body += await snippet(q.get('second'), { ...from, widget: SECOND_WIDGET });
  if (q.has('other')) body += `<iframe id="other" title="Other" src="${HOST_ORIGIN}/other.html"></iframe>`;
  if (q.has('target')) body += '<div id="target"></div>';
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (POLICIES[q.get('policy')]) headers['content-security-policy'] = POLICIES[q.get('policy')];
  const css = encodeURIComponent(q.get('css') ?? 'plain');
  let content = `${body}\n<p class="after">${PROSE}</p>`;
  if (REWRITES[q.get('rewrite')]) content = REWRITES[q.get('rewrite')](content);
  return {
    headers,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="stylesheet" href="/host.css?css=${css}"></head>
<body><header class="masthead">Host masthead</header><main><h1>Host article</h1><p class="before">${PROSE}</p>
${content}</main></body></html>`,
  };
}

/**
 * A reader's window of a given size, for drivers that refuse one so narrow: the page at
 * `src` in an iframe of `width` by `height` CSS pixels.
 */
function windowPage(url) {
  const q = url.searchParams;
  const [width, height] = [Number(q.get('width') ?? 360), Number(q.get('height') ?? 740)];
  const src = new URL(q.get('src') ?? WIDGET, HOST_ORIGIN);
  if (![WIDGET_ORIGIN, HOST_ORIGIN].includes(src.origin)) return { status: 400, body: 'src must be ours' };
  const escaped = src.href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A ${width} px window</title>
<link rel="stylesheet" href="/host.css?css=window"></head>
<body><iframe id="window" title="The page" src="${escaped}" width="${width}" height="${height}" scrolling="no"></iframe></body></html>`,
  };
}

/**
 * The host origin. `from` may name another build's dist/ and the widget address it is
 * served at (the A/B bench serves two builds side by side).
 */
export function serveHost({ port = HOST_PORT, ...from } = {}) {
  return serve({
    port,
    override: async (url) => {
      switch (url.pathname) {
        case '/article.html':
          return hostPage(url, from);
        case '/host.css':
          return { headers: { 'content-type': 'text/css' }, body: HOST_CSS[url.searchParams.get('css')] ?? '' };
        case '/favicon.ico':
          return { status: 204 };
        case '/window.html':
          return windowPage(url);
        case '/other.html':
          return { headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Other</title>' };
        default:
          return null;
      }
    },
  });
}

/**
 * The iframe snippet as producers pasted it before its host files were pinned: the stylesheet
 * and the host script at their stable names, with no integrity.
 */
export function unpinned(html) {
  return html.replace(/v\/[0-9a-f]{10}\/(embed\.css|frame-host\.js)/g, '$1').replace(/ integrity="[^"]+" crossorigin="anonymous"/g, '');
}

/** The build as the second deployment serves it: every file as it is, its release renamed. */
function serveSecond() {
  return serve({
    port: SECOND_PORT,
    root: DIST,
    prefix: PREFIX,
    rewrite: (path, body) => (path.endsWith('/embed.js')
      ? Buffer.from(body.toString().replaceAll(`"${RELEASE}"`, `"${SECOND_RELEASE}"`)) : body),
  });
}

/** The build as the trap origin serves it: every file as it is, but the wasm traps as it starts. */
function serveTrap() {
  return serve({
    port: TRAP_PORT,
    root: DIST,
    prefix: PREFIX,
    rewrite: (path, body) => (path.endsWith('/nato-ip4_bg.wasm') ? capMemory(body) : body),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serveTrap();
  await serveSecond();
  await serve({
    port: WIDGET_PORT,
    root: DIST,
    prefix: PREFIX,
    override: async (url) => (url.pathname === '/watch.js'
      ? { headers: { 'content-type': types['.js'] }, body: await readFile('tests/support/watch.js') }
      : null),
  });
  await serveHost();
  console.log(`widget at ${WIDGET}, host pages at ${HOST_ORIGIN}/article.html`);
}
