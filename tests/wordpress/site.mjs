// A real WordPress for the end-to-end tests (Debian's `wordpress` 6.1 with MariaDB, Apache
// and mod_php), on loopback only, started by tests/e2e/wordpress.spec.mjs and stopped when
// its tests end (or by hand: node tests/wordpress/site.mjs, until Ctrl-C):
// - port 4180: a newsroom without our plugin (embeds by oEmbed discovery, as any site);
// - port 4181: the same newsroom with dist/wordpress/nato-ip4-explainer.php active.
// Each has an Administrator, an Editor and an Author, Twenty Twenty-Three, and the test-only
// mu-plugin that lets WordPress fetch the widget's loopback test address. Resolves to the
// users' application passwords (for the REST API) and the site's PHP log.
//
// Everything lives in a fresh temporary folder (WordPress's files copied from
// /usr/share/wordpress, the database, the logs), removed on exit.
// Usage: node tests/wordpress/site.mjs
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { APACHE, MODULES, apacheConfig } from '../apache.mjs';

export const PLAIN_PORT = 4180;
export const PLUGIN_PORT = 4181;
const HERE = new URL('.', import.meta.url).pathname;
const WORDPRESS = '/usr/share/wordpress';
/** mod_php, whichever PHP 8 the system has (Debian 12: 8.2). */
const modPhp = () => existsSync(MODULES) && readdirSync(MODULES).find((name) => /^libphp8[.\d]*\.so$/.test(name));
const PLUGIN = resolve('dist/wordpress/nato-ip4-explainer.php');

const children = [];

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function start(command, args, log) {
  // A process group of its own: Apache signals its whole group when it stops.
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  child.stderr.on('data', (data) => writeFileSync(log, data, { flag: 'a' }));
  children.push(child);
  return child;
}

/** WordPress's files, with our configuration and the test-only mu-plugin. */
function layOutSite(dir, socket) {
  const site = join(dir, 'site');
  cpSync(WORDPRESS, site, { recursive: true, dereference: true, filter: (path) => !path.includes('/wp-content/languages') });
  const config = readFileSync(join(HERE, 'wp-config.php'), 'utf8').replaceAll('@SOCKET@', socket).replaceAll('@DIR@', dir);
  writeFileSync(join(site, 'wp-config.php'), config);
  // Browsers ask every site for one; a 404 would be a console error on every page.
  writeFileSync(join(site, 'favicon.ico'), '');
  mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
  cpSync(join(HERE, 'mu-plugin.php'), join(site, 'wp-content/mu-plugins/nato-ip4-tests.php'));
  mkdirSync(join(site, 'wp-content/plugins/nato-ip4-explainer'));
  cpSync(PLUGIN, join(site, 'wp-content/plugins/nato-ip4-explainer/nato-ip4-explainer.php'));
  return site;
}

async function startDatabase(dir) {
  const data = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const asRoot = process.getuid() === 0 ? ['--user=root'] : [];
  run('/usr/bin/mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
  start('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
    `--pid-file=${join(dir, 'mysqld.pid')}`, ...asRoot], join(dir, 'mariadb.log'));
  for (let i = 0; i < 100 && !existsSync(socket); i++) await sleep(100);
  if (!existsSync(socket)) throw new Error(`MariaDB did not start; see ${join(dir, 'mariadb.log')}`);
  chmodSync(socket, 0o777);
  run('/usr/bin/mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);
  return socket;
}

function startApache(dir, site) {
  const conf = join(dir, 'apache.conf');
  writeFileSync(conf, apacheConfig({
    dir,
    ports: [PLAIN_PORT, PLUGIN_PORT],
    modules: { php_module: modPhp() },
    directives: `
DocumentRoot ${site}
DirectoryIndex index.php index.html
<Directory ${site}>
  Require all granted
  AllowOverride None
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_flag log_errors on
php_admin_value error_log ${dir}/debug.log
`,
  }));
  start(APACHE, ['-f', conf, '-DFOREGROUND'], join(dir, 'apache-stderr.log'));
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

async function stopAll(dir) {
  const exited = children.map((child) => new Promise((done) => child.exitCode !== null ? done() : child.once('exit', done)));
  for (const child of children.reverse()) child.kill('SIGTERM');
  children.length = 0;
  await Promise.race([Promise.all(exited), sleep(10_000)]);
  rmSync(dir, { recursive: true, force: true });
}

/** Starts both sites; resolves to { credentials, log, stop }. */
export async function startWordPress() {
  for (const path of [WORDPRESS, '/usr/sbin/mariadbd', APACHE, modPhp() && MODULES]) {
    if (!path || !existsSync(path)) {
      throw new Error(`${path || "mod_php"} is missing: as root, apt-get install wordpress mariadb-server apache2 libapache2-mod-php php-mysql php-cli (make test does)`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'wordpress-for-tests-'));
  chmodSync(dir, 0o755); // Apache's workers (www-data) read the site
  // Should the tests' process end without stopping the site: each server's whole process
  // group (Apache's workers too), and nothing else.
  const kill = () => children.forEach((child) => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  });
  process.on('exit', kill);

  const socket = await startDatabase(dir);
  const site = layOutSite(dir, socket);
  const credentials = {};
  for (const [port, plugins] of [[PLAIN_PORT, []], [PLUGIN_PORT, ['nato-ip4-explainer/nato-ip4-explainer.php']]]) {
    credentials[port] = JSON.parse(run('php', [join(HERE, 'install.php'), site, String(port), ...plugins]));
  }
  const log = join(dir, 'debug.log');
  writeFileSync(log, '');
  chmodSync(log, 0o666);
  startApache(dir, site);
  await waitFor(`http://127.0.0.1:${PLAIN_PORT}/`);
  await waitFor(`http://127.0.0.1:${PLUGIN_PORT}/`);
  return {
    credentials,
    log,
    stop: async () => {
      process.off('exit', kill);
      await stopAll(dir);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startWordPress();
  console.log(`WordPress at http://127.0.0.1:${PLAIN_PORT}/ and, with the plugin, http://127.0.0.1:${PLUGIN_PORT}/`);
  console.log(JSON.stringify(site.credentials, null, 2));
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => site.stop().then(() => process.exit(0)));
}
