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

export const launchOptions = { executablePath: CHROME, args: CHROME_FLAGS };
