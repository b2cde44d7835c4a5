// A newsroom's static hosts, real, each serving a copy of dist/ under the widget's deep path
// with nothing set up for the widget but what docs/deploying.md says to set up:
// - Debian's Apache (port 4182) as shared hosts run it (mod_mime with the system's types,
//   mod_dir, mod_deflate compressing text on the fly, mod_rewrite, mod_headers, `.htaccess`
//   files allowed no more than ours needs), with the `.htaccess` the build ships
//   (static/htaccess); the same copy also mapped in by an Alias from outside the document
//   root, as some hosts do;
// - Debian's nginx (port 4183) with its own `mime.types` and on-the-fly gzip on, and the
//   `location` block of docs/deploying.md, read from that page itself.
// Started by tests/e2e/static-host.spec.mjs, on loopback, in a temporary folder removed when
// they stop.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { APACHE, apacheConfig } from './apache.mjs';
import { serverGroup, untilServing } from './processes.mjs';
import { DIST, PREFIX, STATIC_PORT, STATIC_WIDGET } from './server.mjs';

/**
 * Where Apache serves the copy of dist/ it maps in by an Alias: a path that holds a `v/<hex>/`
 * of its own, which must not make every file in it cacheable for good.
 */
const ALIASED_PREFIX = '/v/0123456789/mapped/in/';
/**
 * A file that only looks versioned: deeper in the folder than its own `v/` (each host's
 * copy has it).
 */
export const DECOY = 'snippets/v/0123456789/decoy.txt';
export const ALIASED_WIDGET = `http://127.0.0.1:${STATIC_PORT}${ALIASED_PREFIX}`;
const NGINX = '/usr/sbin/nginx';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const NGINX_PORT = 4183;
export const NGINX_WIDGET = `http://127.0.0.1:${NGINX_PORT}${PREFIX}`;

/** The nginx `location` docs/deploying.md gives, between its `<!-- nginx -->` markers. */
export function documentedNginx() {
  const marked = readFileSync('docs/deploying.md', 'utf8').split('<!-- nginx -->')[1]?.split('<!-- /nginx -->')[0];
  const block = marked?.match(/```nginx\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('docs/deploying.md has no ```nginx block between <!-- nginx --> and <!-- /nginx -->');
  return block;
}

function apache(dir, root, aliased) {
  const conf = join(dir, 'apache.conf');
  writeFileSync(conf, apacheConfig({
    dir,
    ports: [STATIC_PORT],
    modules: {
      rewrite_module: 'mod_rewrite.so',
      headers_module: 'mod_headers.so',
      filter_module: 'mod_filter.so',
      deflate_module: 'mod_deflate.so',
      alias_module: 'mod_alias.so',
    },
    directives: `
DocumentRoot ${root}
DirectoryIndex index.html
# As Debian's own mod_deflate configuration, and wasm besides.
AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/json image/svg+xml application/wasm
Alias ${ALIASED_PREFIX} ${aliased}/
# The least a host must allow for the .htaccess: FileInfo (All includes it).
${[root, aliased].map((folder) => `<Directory ${folder}>
  Options SymLinksIfOwnerMatch
  AllowOverride FileInfo
  Require all granted
</Directory>`).join('\n')}
`,
  }));
  return [APACHE, ['-f', conf, '-DFOREGROUND']];
}

function nginx(dir, root) {
  for (const path of [NGINX, BROTLI_STATIC]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: as root, apt-get install nginx libnginx-mod-http-brotli-static (make test does)`);
  }
  const temp = join(dir, 'nginx-temp');
  mkdirSync(temp);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, `
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
load_module ${BROTLI_STATIC};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  # As a host compressing on the fly would.
  gzip on;
  gzip_types text/css application/javascript application/json image/svg+xml application/wasm;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${root};
${documentedNginx()}
  }
}
`);
  return [NGINX, ['-c', conf, '-p', `${dir}/`]];
}

/** Starts both hosts; resolves to their `stop()`. */
export async function startStaticHosts() {
  // The servers' workers (www-data, nobody) read the files from the group's folder.
  const servers = await serverGroup('static-hosts-for-tests-');
  const { dir } = servers;
  const root = join(dir, 'www');
  cpSync(DIST, join(root, PREFIX), { recursive: true });
  const aliased = join(dir, 'elsewhere');
  cpSync(DIST, aliased, { recursive: true });
  for (const copy of [join(root, PREFIX), aliased]) {
    mkdirSync(join(copy, DECOY, '..'), { recursive: true });
    writeFileSync(join(copy, DECOY), 'not a release');
  }
  for (const [[command, args], url] of [[apache(dir, root, aliased), STATIC_WIDGET], [nginx(dir, root), NGINX_WIDGET]]) {
    const stderr = join(dir, `${basename(command)}-stderr.log`);
    const child = servers.start(command, args, stderr);
    const logs = [stderr, join(dir, 'apache-error.log'), join(dir, 'nginx-error.log')];
    try {
      await untilServing(url, { child, logs, ready: (status) => status === 200 });
    } catch (error) {
      await servers.stop();
      throw error;
    }
  }
  return { stop: () => servers.stop() };
}
