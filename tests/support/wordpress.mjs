// A real WordPress for the end-to-end tests (Debian's `wordpress` 6.1 with MariaDB, Apache
// and mod_php), on loopback only, started by tests/e2e/wordpress.spec.mjs and stopped when
// its tests end (or by hand: node tests/support/wordpress.mjs, until Ctrl-C):
// - port 4180: a newsroom without our plugin (embeds by oEmbed discovery, as any site);
// - port 4181: the same newsroom with dist/wordpress/nato-ip4-explainer.php active.
// Each has an Administrator, an Editor and an Author, Twenty Twenty-Three, and the test-only
// mu-plugin that lets WordPress fetch the widget's loopback test address. Resolves to the
// users' application passwords (for the REST API) and the site's PHP log.
//
// Everything lives in a fresh temporary folder (WordPress's files copied from
// /usr/share/wordpress, the database, the logs), removed on exit.
// Usage: node tests/support/wordpress.mjs
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { APACHE, MODULES, apacheConfig } from './apache.mjs';
import { serverGroup, untilServing } from './processes.mjs';
import { DIST } from './server.mjs';

export const PLAIN_PORT = 4180;
export const PLUGIN_PORT = 4181;
// The site's PHP files, beside its other fixtures.
const HERE = new URL('../wordpress/', import.meta.url).pathname;
const WORDPRESS = '/usr/share/wordpress';
/** mod_php, whichever PHP 8 the system has (Debian 12: 8.2). */
const modPhp = () => existsSync(MODULES) && readdirSync(MODULES).find((name) => /^libphp8[.\d]*\.so$/.test(name));
const PLUGIN = resolve(`${DIST}/wordpress/nato-ip4-explainer.php`);

/** Blocks as the block editor stores them in a post's content. */
export const block = {
  paragraph: (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`,
  html: (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`,
  shortcode: (code) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`,
  // What the block editor stores for an Embed block (its className is empty for our html:
  // the iframe's width is not a number, so no aspect ratio is given).
  embed: (url) => `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"127-0-0-1","responsive":true} -->
<figure class="wp-block-embed is-type-rich is-provider-127-0-0-1 wp-block-embed-127-0-0-1"><div class="wp-block-embed__wrapper">
${url}
</div></figure>
<!-- /wp:embed -->`,
};

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
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

async function startDatabase(servers) {
  const { dir } = servers;
  const data = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const asRoot = process.getuid() === 0 ? ['--user=root'] : [];
  run('/usr/bin/mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
  servers.start('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
    `--pid-file=${join(dir, 'mysqld.pid')}`, ...asRoot], join(dir, 'mariadb.log'));
  for (let i = 0; i < 100 && !existsSync(socket); i++) await sleep(100);
  if (!existsSync(socket)) throw new Error(`MariaDB did not start; see ${join(dir, 'mariadb.log')}`);
  chmodSync(socket, 0o777);
  run('/usr/bin/mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);
  return socket;
}

/** Starts Apache on both sites' ports: its process and its logs, as `untilServing` takes them. */
function startApache(servers, site) {
  const { dir } = servers;
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
  const stderr = join(dir, 'apache-stderr.log');
  const child = servers.start(APACHE, ['-f', conf, '-DFOREGROUND'], stderr);
  return { child, logs: [stderr, join(dir, 'apache-error.log')] };
}

/** Starts both sites; resolves to { credentials, log, stop }. */
export async function startWordPress() {
  for (const path of [WORDPRESS, '/usr/sbin/mariadbd', APACHE, modPhp() && MODULES]) {
    if (!path || !existsSync(path)) {
      throw new Error(`${path || "mod_php"} is missing: as root, apt-get install wordpress mariadb-server apache2 libapache2-mod-php php-mysql php-cli (make test does)`);
    }
  }
  // Apache's workers (www-data) read the site from the group's folder.
  const servers = await serverGroup('wordpress-for-tests-');
  const { dir } = servers;
  try {
    const socket = await startDatabase(servers);
    const site = layOutSite(dir, socket);
    const credentials = {};
    for (const [port, plugins] of [[PLAIN_PORT, []], [PLUGIN_PORT, ['nato-ip4-explainer/nato-ip4-explainer.php']]]) {
      credentials[port] = JSON.parse(run('php', [join(HERE, 'install.php'), site, String(port), ...plugins]));
    }
    const log = join(dir, 'debug.log');
    writeFileSync(log, '');
    chmodSync(log, 0o666);
    const apache = startApache(servers, site);
    await untilServing(`http://127.0.0.1:${PLAIN_PORT}/`, apache);
    await untilServing(`http://127.0.0.1:${PLUGIN_PORT}/`, apache);
    return {
      credentials,
      log,
      stop: () => servers.stop(),
    };
  } catch (error) {
    // What did start stops with it, as the static hosts' start does.
    await servers.stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startWordPress();
  console.log(`WordPress at http://127.0.0.1:${PLAIN_PORT}/ and, with the plugin, http://127.0.0.1:${PLUGIN_PORT}/`);
  console.log(JSON.stringify(site.credentials, null, 2));
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => site.stop().then(() => process.exit(0)));
}
