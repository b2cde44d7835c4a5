// Host pages on a second origin (127.0.0.1:4174), as a newsroom's article page would be,
// embedding the widget from its own origin (127.0.0.1:4173) with the snippets `make dist`
// wrote. The host origin is served by Playwright's router: no other server runs.
import { readFileSync } from 'node:fs';

export const WIDGET_ORIGIN = 'http://127.0.0.1:4173';
export const WIDGET = `${WIDGET_ORIGIN}/news/2024/ip4/`;
export const HOST_ORIGIN = 'http://127.0.0.1:4174';
export const HOST_PAGE = `${HOST_ORIGIN}/article.html`;

/** A snippet from dist/snippets/, pointed at the widget's origin. */
export function snippet(name) {
  return readFileSync(`dist/snippets/${name}.html`, 'utf8').replaceAll('"./', `"${WIDGET}`);
}

export const STRICT_POLICY = [
  "default-src 'none'",
  `script-src ${WIDGET_ORIGIN} 'wasm-unsafe-eval'`,
  `style-src ${WIDGET_ORIGIN} ${HOST_ORIGIN}`,
  `connect-src ${WIDGET_ORIGIN}`,
  `frame-src ${WIDGET_ORIGIN}`,
  "require-trusted-types-for 'script'",
].join('; ');

const PROSE = 'The article text goes on around the explainer, as it would on a news page. '.repeat(3);

/**
 * Serves `body` as an article page on the host origin, with an optional host stylesheet
 * (served from the host origin) and Content-Security-Policy.
 */
export async function openHost(page, { body, css = '', policy = null, path = '/article.html' }) {
  await page.route(`${HOST_ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/host.css') {
      return route.fulfill({ contentType: 'text/css', body: css });
    }
    if (url.pathname === path) {
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      if (policy) headers['content-security-policy'] = policy;
      return route.fulfill({
        headers,
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="stylesheet" href="/host.css"></head>
<body><main><h1>Host article</h1><p class="before">${PROSE}</p>
${body}
<p class="after">${PROSE}</p></main></body></html>`,
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${HOST_ORIGIN}${path}`);
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

/** Console errors, page errors and CSP violations, for asserting there are none. */
export function watchProblems(page) {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  return problems;
}
