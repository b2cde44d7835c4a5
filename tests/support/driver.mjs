// Firefox ESR and WebKitGTK, driven over W3C WebDriver (selenium-webdriver as the client;
// Playwright drives only Chromium here). Each test worker starts its own driver: geckodriver
// with Firefox headless, or WebKitWebDriver with MiniBrowser in a private Xvfb display. The
// drivers come from Debian and crates.io (`make setup-engines`); nothing is downloaded here.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** How each engine is started; `dark` asks for a reader whose system is in dark mode. */
export const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER ?? 'geckodriver',
    display: false,
    env: () => ({}),
    capabilities: ({ dark }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // 0: pages see prefers-color-scheme: dark; 1: light.
          'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
          // Kept off the network, as Chromium is (tests/support/chromium.mjs).
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.update.enabled': false,
        },
      },
    }),
  },
  webkit: {
    driver: process.env.WEBKITDRIVER ?? 'WebKitWebDriver',
    display: true,
    // WebKitGTK takes the reader's colour scheme from the GTK theme.
    env: ({ dark }) => (dark ? { GTK_THEME: 'Adwaita:dark' } : { GTK_THEME: 'Adwaita' }),
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A private X display, big enough for a 1280 by 2400 px reader; resolves to its name. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x2700x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    children.push(xvfb);
    let output = '';
    xvfb.stdio[3].on('data', (data) => {
      output += data;
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    xvfb.on('error', (error) => reject(new Error(`could not start Xvfb: ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

async function waitForDriver(url, child) {
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  for (let i = 0; i < 100; i++) {
    if (exited !== null) throw new Error(`the driver exited with ${exited}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no driver at ${url} after 10 s`);
}

/** How long a new session may take before its browser is taken as hung at launch. */
const SESSION_START = 30_000;

/**
 * Starts `engine`'s driver (and display); resolves to { newSession(), display, stop() }.
 * Sessions are selenium WebDrivers; stop() ends every process it started. A browser that
 * has not come up within SESSION_START (WebKitGTK's MiniBrowser once hung at launch, and the
 * test timed out) is given up with its driver, and the session is asked of a fresh driver,
 * once.
 */
export async function startDriver(engine, { dark = false } = {}) {
  const spec = ENGINES[engine];
  const children = [];
  // Each driver leads a process group of its own: the browsers it started end with it.
  const end = (child) => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid);
    } catch {
      child.kill();
    }
  };
  const stop = () => [...children].reverse().forEach(end);
  try {
    const env = { ...process.env, ...spec.env({ dark }) };
    if (spec.display) env.DISPLAY = await startXvfb(children);
    let driver = await launch(engine, spec, env, children);
    const attempt = () => {
      const session = new Builder().usingServer(driver.url).withCapabilities(spec.capabilities({ dark })).build();
      let timer;
      const hung = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(
          new Error(`${engine}: no session after ${SESSION_START / 1000} s\n${driver.log()}`), { hung: true })), SESSION_START);
      });
      return Promise.race([session, hung]).finally(() => clearTimeout(timer));
    };
    return {
      newSession: async () => {
        try {
          return await attempt();
        } catch (error) {
          if (!error.hung) throw error;
          end(driver.child);
          driver = await launch(engine, spec, env, children);
          return attempt();
        }
      },
      display: env.DISPLAY,
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Spawns the driver and waits until it answers; resolves to { url, child, log() }. */
async function launch(engine, spec, env, children) {
  const port = await freePort();
  const child = spawn(spec.driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  children.push(child);
  let log = '';
  child.stderr.on('data', (data) => { log = (log + data).slice(-4000); });
  child.on('error', (error) => { log += `\ncould not start ${spec.driver}: ${error.message}`; });
  const url = `http://127.0.0.1:${port}`;
  await waitForDriver(url, child).catch((error) => {
    throw new Error(`${engine}: ${error.message}\n${log}`);
  });
  return { url, child, log: () => log };
}
