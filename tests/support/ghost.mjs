// A real Ghost for the end-to-end tests (5.130.6 from npm, `make setup-ghost` installs it into
// GHOST_DIR), on loopback only, with SQLite, started by tests/e2e/ghost.spec.mjs and stopped
// when its tests end (or by hand: node tests/support/ghost.mjs, until Ctrl-C).
//
// Everything lives in a fresh temporary folder (the content folder copied from Ghost's own,
// the database, the log), removed on exit. It runs as NODE_ENV=development: Ghost fetches an
// oEmbed document from a loopback address only then (its private-address check has no switch
// of its own; a public widget host passes as it is). Staff log in without a mailed code
// (`security.staffDeviceVerification: false`); the site's owner is set up through the Admin
// API, and posts are published through it as Ghost's editor stores them (Lexical).
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { serverGroup, untilServing } from './processes.mjs';

export const GHOST_PORT = 4186;
export const GHOST = `http://127.0.0.1:${GHOST_PORT}`;
const ADMIN = `${GHOST}/ghost/api/admin`;
export const GHOST_DIR = process.env.GHOST_DIR ?? join(process.env.HOME, '.cache/nato-ip4/ghost-5.130.6');
const OWNER = { name: 'Editor', email: 'editor@example.org', password: 'Newsroom-tests-2026!', blogTitle: 'Test newsroom' };

/** A Lexical paragraph of `text`. */
export const paragraph = (text) => ({
  type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0,
  children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
});

/** What Ghost's editor stores for an HTML card. */
export const htmlCard = (html) => ({ type: 'html', version: 1, html });

/** What Ghost's editor stores for an Embed card, filled from Ghost's own oEmbed answer. */
export const embedCard = (url, oembed) => ({
  type: 'embed', version: 1, url, embedType: oembed.type, html: oembed.html, metadata: oembed, caption: '',
});

/** Starts Ghost; resolves to { publish, publishHtml, oembed, stop }. */
export async function startGhost() {
  const index = join(GHOST_DIR, 'index.js');
  if (!existsSync(join(GHOST_DIR, '.installed'))) {
    throw new Error(`Ghost is missing in ${GHOST_DIR}: make setup-ghost installs it (make test does)`);
  }
  const servers = await serverGroup('ghost-for-tests-');
  const { dir } = servers;
  try {
    cpSync(join(GHOST_DIR, 'content'), join(dir, 'content'), { recursive: true });
    const log = join(dir, 'ghost.log');
    const env = {
      ...process.env,
      NODE_ENV: 'development',
      url: GHOST,
      server__host: '127.0.0.1',
      server__port: String(GHOST_PORT),
      database__client: 'sqlite3',
      database__connection__filename: join(dir, 'ghost.db'),
      paths__contentPath: join(dir, 'content'),
      security__staffDeviceVerification: 'false',
      privacy__useUpdateCheck: 'false',
      privacy__useRpcPing: 'false',
      // Its search app comes from a CDN; the tests' network has none.
      sodoSearch__url: '',
      logging__level: 'error',
      logging__transports: '["stderr"]',
    };
    const child = servers.start(process.execPath, [index], log, { cwd: GHOST_DIR, env });
    await untilServing(`${ADMIN}/site/`, { child, logs: [log], ready: (status) => status === 200, seconds: 60 });
    const session = await setUp();
    return { ...session, stop: () => servers.stop() };
  } catch (error) {
    await servers.stop();
    throw error;
  }
}

/** Sets up the owner, logs in and turns off what would load from a CDN; the Admin API calls. */
async function setUp() {
  const headers = { 'content-type': 'application/json', origin: GHOST };
  const call = async (method, path, body, cookie) => {
    const response = await fetch(`${ADMIN}${path}`, {
      method,
      headers: cookie ? { ...headers, cookie } : headers,
      body: body && JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`Ghost ${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  await call('POST', '/authentication/setup/', { setup: [OWNER] });
  const login = await call('POST', '/session/', { username: OWNER.email, password: OWNER.password });
  const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const admin = async (method, path, body) => (await call(method, path, body, cookie)).json();
  // Ghost stores the new session after it answers: wait until it knows it.
  for (let i = 0; ; i++) {
    const me = await fetch(`${ADMIN}/users/me/`, { headers: { ...headers, cookie } });
    if (me.ok) break;
    if (i === 100) throw new Error(`Ghost did not take its owner's session: ${me.status} ${await me.text()}`);
    await sleep(100);
  }
  // No memberships: Ghost's member app (Portal) comes from a CDN. And no starter post: its
  // image too.
  await admin('PUT', '/settings/', { settings: [{ key: 'members_signup_access', value: 'none' }] });
  for (const { id } of (await admin('GET', '/posts/?limit=all&fields=id')).posts) {
    await call('DELETE', `/posts/${id}/`, undefined, cookie);
  }
  return {
    /** Publishes a post of Lexical `children`; resolves to its public URL. */
    async publish(title, children) {
      const lexical = JSON.stringify({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } });
      const { posts } = await admin('POST', '/posts/', { posts: [{ title, lexical, status: 'published' }] });
      return posts[0].url;
    },
    /** Publishes `html` as Ghost's editor stores HTML pasted outside an HTML card. */
    async publishHtml(title, html) {
      const { posts } = await admin('POST', '/posts/?source=html', { posts: [{ title, html, status: 'published' }] });
      return posts[0].url;
    },
    /** Ghost's own oEmbed answer for `url`, as its editor asks when an address is pasted. */
    oembed: (url) => admin('GET', `/oembed/?url=${encodeURIComponent(url)}&type=embed`),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startGhost();
  console.log(`Ghost at ${GHOST}/ (owner ${OWNER.email}, ${OWNER.password})`);
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => site.stop().then(() => process.exit(0)));
}
