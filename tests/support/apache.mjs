// Debian's Apache for the end-to-end tests, run as a process of the tests' own on loopback:
// what every site here starts from (prefork, mod_mime with the system's types, mod_dir, its
// files in a folder of the test's), and the modules and directives each adds. Used by the
// real WordPress (tests/support/wordpress.mjs) and the static host (tests/support/static-host.mjs).
import { existsSync } from 'node:fs';

export const APACHE = '/usr/sbin/apache2';
export const MODULES = '/usr/lib/apache2/modules';

/**
 * An Apache configuration listening on `ports`, keeping its pid and logs in `dir`, loading
 * `modules` (name: file in MODULES) besides the base ones, then `directives`.
 */
export function apacheConfig({ dir, ports, modules = {}, directives }) {
  const load = { mpm_prefork_module: 'mod_mpm_prefork.so', authz_core_module: 'mod_authz_core.so', dir_module: 'mod_dir.so', mime_module: 'mod_mime.so', ...modules };
  for (const file of Object.values(load)) {
    if (!existsSync(`${MODULES}/${file}`)) throw new Error(`${MODULES}/${file} is missing: as root, apt-get install apache2 (make test does)`);
  }
  return `
ServerRoot ${dir}
ServerName 127.0.0.1
${ports.map((port) => `Listen 127.0.0.1:${port}`).join('\n')}
PidFile ${dir}/apache.pid
ErrorLog ${dir}/apache-error.log
LogLevel warn
${process.getuid() === 0 ? 'User www-data\nGroup www-data' : ''}
${Object.entries(load).map(([name, file]) => `LoadModule ${name} ${MODULES}/${file}`).join('\n')}
TypesConfig /etc/mime.types
StartServers 2
MaxRequestWorkers 8
UseCanonicalName Off
${directives}
`;
}
