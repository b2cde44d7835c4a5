import { chromium } from '@playwright/test';

// Debian's Chromium, as every browser run here starts it: headless as root, and kept off
// the network (without the background-networking flags it keeps trying to reach Google).
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Chromium features that start work of the browser's own with every new window, which
// Playwright opens for each new context: the address bar's WebUI popups load two renderers
// and hundreds of scripts while the page under test loads, which slowed every load and
// widened the spread of the bench's start-up times. A reader's browser loads them once, at
// startup, not while an article loads.
const QUIET = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Launch options with QUIET disabled besides what Playwright itself disables. Chromium reads
 * only the last `--disable-features`, so Playwright's own (found by launching once per run;
 * the test workers inherit it through the environment) is replaced by one that holds both.
 */
async function quietLaunchOptions() {
  process.env.NATO_IP4_PLAYWRIGHT_FEATURES ??= await (async () => {
    const server = await chromium.launchServer({ executablePath: CHROME, args: CHROME_FLAGS });
    const own = server.process().spawnargs.find((arg) => arg.startsWith('--disable-features='));
    await server.close();
    return own ?? '';
  })();
  const own = process.env.NATO_IP4_PLAYWRIGHT_FEATURES;
  const quiet = own ? `${own},${QUIET.join(',')}` : `--disable-features=${QUIET.join(',')}`;
  return { executablePath: CHROME, args: [...CHROME_FLAGS, quiet], ignoreDefaultArgs: own ? [own] : [] };
}

/** How the tests, the bench and the tools start Chromium. */
export const launchOptions = await quietLaunchOptions();
