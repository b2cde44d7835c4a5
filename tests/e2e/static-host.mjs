// A newsroom's static host, real: Debian's Apache as shared hosts run it (mod_mime with the
// system's types, mod_dir, mod_deflate compressing text on the fly, mod_rewrite, mod_headers,
// `.htaccess` files allowed no more than ours needs), serving a copy of dist/ under the
// widget's deep path with nothing configured for the widget but the `.htaccess` the build
// ships (static/htaccess). Started by tests/e2e/static-host.spec.mjs, on loopback, in a
// temporary folder removed when it stops.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { APACHE, apacheConfig } from '../apache.mjs';
import { PREFIX, STATIC_PORT, STATIC_WIDGET } from './server.mjs';

/** Where the host serves the copy of dist/ it maps in by an Alias. */
const ALIASED_PREFIX = '/mapped/in/';
export const ALIASED_WIDGET = `http://127.0.0.1:${STATIC_PORT}${ALIASED_PREFIX}`;

/** Starts the host; resolves to its `stop()`. */
export async function startStaticHost() {
  const dir = mkdtempSync(join(tmpdir(), 'static-host-for-tests-'));
  chmodSync(dir, 0o755); // Apache's workers (www-data) read the files
  const root = join(dir, 'www');
  cpSync('dist', join(root, PREFIX), { recursive: true });
  // The same folder outside the document root, mapped in by an Alias, as some hosts do.
  const aliased = join(dir, 'elsewhere');
  cpSync('dist', aliased, { recursive: true });
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
<Directory ${root}>
  Options SymLinksIfOwnerMatch
  AllowOverride FileInfo
  Require all granted
</Directory>
<Directory ${aliased}>
  Options SymLinksIfOwnerMatch
  AllowOverride FileInfo
  Require all granted
</Directory>
`,
  }));
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore', detached: true });
  // Apache's whole process group (its workers too), and nothing else.
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', kill);
  for (let i = 0; i < 100; i++) {
    if (await fetch(STATIC_WIDGET).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null || i === 99) {
      kill();
      throw new Error(`Apache did not serve ${STATIC_WIDGET}; its configuration was ${conf}`);
    }
    await sleep(100);
  }
  return {
    stop: async () => {
      process.off('exit', kill);
      const exited = new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
