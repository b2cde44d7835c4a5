// Helpers for tests that open host article pages (see serveHost in server.mjs).
export { WIDGET, WIDGET_ORIGIN, HOST_ORIGIN, STATIC_WIDGET } from './server.mjs';
import { HOST_ORIGIN } from './server.mjs';

/** Opens a host article page; see hostPage in server.mjs for the options. */
export async function openHost(page, options = {}) {
  const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)]));
  await page.goto(`${HOST_ORIGIN}/article.html?${query}`);
}

/** Starts summing layout shifts (not caused by input) before any page script runs. */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export const layoutShift = (page) => page.evaluate(() => window.__layoutShift);

/** Console errors and page errors, for asserting there are none. */
export function watchProblems(page) {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  return problems;
}
