// The servers the end-to-end tests start themselves (MariaDB, Apache, nginx), on loopback, in
// a temporary folder: each in a process group of its own, so that stopping one stops its
// workers too and signals nothing else. Used by the real WordPress (tests/wordpress/site.mjs)
// and the static hosts (tests/e2e/static-host.mjs).
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A fresh temporary folder, `dir` (readable by the servers' workers), and the servers
 * started there: `stop()` stops them, the last started first, and removes the folder; so
 * does the end of the tests' process, should it come first.
 */
export function serverGroup(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  const children = [];
  const signal = (name) => {
    for (const child of [...children].reverse()) {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    }
  };
  const kill = () => {
    signal('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', kill);
  return {
    dir,
    /** Starts `command` with `args`; what it writes to standard error is appended to `log`. */
    start(command, args, log) {
      const stderr = openSync(log, 'a');
      const child = spawn(command, args, { stdio: ['ignore', 'ignore', stderr], detached: true });
      closeSync(stderr);
      children.push(child);
      return child;
    },
    async stop() {
      process.off('exit', kill);
      const exited = children.map((child) => new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done))));
      signal('SIGTERM');
      await Promise.race([Promise.all(exited), sleep(10_000)]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
