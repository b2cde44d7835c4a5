// The servers the end-to-end tests start themselves (MariaDB, Apache, nginx, Ghost), on
// loopback, in a temporary folder: each in a process group of its own, so that stopping one
// stops its workers too and signals nothing else; and the wait until one answers. Used by the
// real WordPress (tests/support/wordpress.mjs), the real Ghost (tests/support/ghost.mjs) and the
// static hosts (tests/support/static-host.mjs).
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once this process alone holds `name` among the test workers (a folder made
 * atomically, with the holder's process id in it), to the function that lets it go. A holder
 * whose process has ended holds nothing. Waits at most `minutes`.
 */
async function exclusive(name, minutes = 20) {
  const lock = join(tmpdir(), `${name}lock`);
  const holder = join(lock, 'pid');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      writeFileSync(holder, String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    // No id yet: the holder is between its two steps.
    const pid = Number(existsSync(holder) ? readFileSync(holder, 'utf8') : NaN);
    if (pid && !alive(pid)) rmSync(lock, { recursive: true, force: true });
    else if (i === minutes * 600) throw new Error(`${lock} held by process ${pid} for ${minutes} minutes`);
    else await sleep(100);
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/**
 * Resolves to a fresh temporary folder, `dir` (readable by the servers' workers), and the
 * servers started there: `stop()` stops them, the last started first, and removes the
 * folder; so does the end of the tests' process, should it come first. Their ports are
 * fixed, so one group of a `prefix` runs at a time across the test workers (with
 * `--repeat-each`, two workers run the same file at once): a second waits until the first
 * has stopped.
 */
export async function serverGroup(prefix) {
  const release = await exclusive(prefix);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  const children = [];
  const signal = (name) => {
    for (const child of [...children].reverse()) signalGroup(child.pid, name);
  };
  const kill = () => {
    signal('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    release();
  };
  process.on('exit', kill);
  return {
    dir,
    /**
     * Starts `command` with `args` (and spawn's `options`: `cwd`, `env`); what it writes to
     * standard error is appended to `log`.
     */
    start(command, args, log, options = {}) {
      const stderr = openSync(log, 'a');
      const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', stderr], detached: true });
      closeSync(stderr);
      children.push(child);
      return child;
    },
    async stop() {
      process.off('exit', kill);
      const exited = children.map((child) => new Promise((done) => (ended(child) ? done() : child.once('exit', done))));
      signal('SIGTERM');
      // A server that has not ended after 10 s is ended.
      await Promise.race([Promise.all(exited), sleep(10_000)]);
      for (const child of children) if (!ended(child)) signalGroup(child.pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      release();
    },
  };
}

/** Whether `child` has ended, by exiting or by a signal. */
const ended = (child) => child.exitCode !== null || child.signalCode !== null;

/** Sends `name` to the process group led by `pid`, if it is still there. */
export function signalGroup(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    // already gone
  }
}

/**
 * Resolves once `url` answers with a status `ready` accepts (by default, anything but a
 * server error); throws after `seconds`, or as soon as `child` (if given) has ended, with what
 * the `logs` that exist say.
 */
export async function untilServing(url, { child = null, logs = [], ready = (status) => status < 500, seconds = 10 } = {}) {
  for (let i = 0; ; i++) {
    // A server still starting may take the connection and answer much later: ask again.
    const status = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((response) => response.status, () => 0);
    if (status && ready(status)) return;
    if ((child && ended(child)) || i === seconds * 10) {
      const said = logs.filter(existsSync).map((log) => readFileSync(log, 'utf8')).join('\n');
      throw new Error(`${url} did not answer${said ? `:\n${said}` : ''}`);
    }
    await sleep(100);
  }
}
