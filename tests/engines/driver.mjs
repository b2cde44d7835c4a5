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
          // Kept off the network, as Chromium is (tests/chromium.mjs).
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

/**
 * Starts `engine`'s driver (and display); resolves to { newSession(), display, stop() }.
 * Sessions are selenium WebDrivers; stop() ends every process it started.
 */
export async function startDriver(engine, { dark = false } = {}) {
  const spec = ENGINES[engine];
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
  };
  try {
    const env = { ...process.env, ...spec.env({ dark }) };
    if (spec.display) env.DISPLAY = await startXvfb(children);
    const port = await freePort();
    const driver = spawn(spec.driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(driver);
    let log = '';
    driver.stderr.on('data', (data) => { log = (log + data).slice(-4000); });
    driver.on('error', (error) => { log += `\ncould not start ${spec.driver}: ${error.message}`; });
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, driver).catch((error) => {
      throw new Error(`${engine}: ${error.message}\n${log}`);
    });
    return {
      newSession: () => new Builder().usingServer(url).withCapabilities(spec.capabilities({ dark })).build(),
      display: env.DISPLAY,
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}
