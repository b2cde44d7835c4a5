// Helpers for tests that open host article pages (see serveHost in server.mjs).
export { WIDGET, WIDGET_ORIGIN, HOST_ORIGIN, STATIC_WIDGET } from './server.mjs';
import { expect } from '@playwright/test';
import { HOST_ORIGIN } from './server.mjs';

/** Opens a host article page; see hostPage in server.mjs for the options. */
export async function openHost(page, options = {}) {
  const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)]));
  await page.goto(`${HOST_ORIGIN}/article.html?${query}`);
}

/**
 * Starts summing the layout shifts of a page that the reader did not cause, before any page
 * script runs. A shift is the reader's when it follows their own input: in the page itself
 * the browser says so (`hadRecentInput`, within 500 ms of a click or key press); inside one of
 * our frames it cannot, as the input happened in another document, so the frame's own word
 * is taken: the last height the frame told its host before the shift followed input
 * (`input: true`, static/frame.js). WordPress's host script sizes its frames
 * from the same frame's messages, so this holds for its oEmbed frames too.
 */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    if (window !== top) return;
    window.__layoutShift = 0;
    window.__shifts = [];
    // When each height from one of our frames came, and whether it followed input there.
    const heights = [];
    window.__frameHeights = heights;
    addEventListener('message', (event) => {
      const data = event.data;
      if (data?.namespace === 'nato-ip4-explainer' && data.type === 'height') {
        heights.push({ at: performance.now(), input: data.input === true, height: data.height });
      }
    });
    const readers = (entry) => entry.hadRecentInput
      || heights.findLast((height) => height.at <= entry.startTime)?.input === true;
    const take = (entries) => {
      for (const entry of entries) {
        if (readers(entry)) continue;
        window.__layoutShift += entry.value;
        const moved = entry.sources.map((source) => `${source.node?.nodeName ?? '?'}.${source.node?.className ?? ''}`
          + ` ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`);
        window.__shifts.push(`${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ${moved.join('; ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Entries reported but not yet handed to the callback, for a reading now.
    window.__takeShifts = () => take(observer.takeRecords());
  });
}

/** The sum of the shifts the reader did not cause, up to the last frame rendered. */
export const layoutShift = (page) => page.evaluate(() => {
  window.__takeShifts();
  return window.__layoutShift;
});

/** What moved, for the message of a test that fails. */
export const shiftsSeen = (page) => page.evaluate(() => window.__shifts.join('\n'));

/**
 * Resolves once `target` (a Page or a Frame) has rendered `count` more frames. "Nothing
 * happened" is proven over such a window: counted in the page's own frames, not in time, so
 * that a busy machine makes it longer in time, never shorter in work.
 */
export function frames(target, count = 10) {
  return target.evaluate((n) => new Promise((done) => {
    const step = () => (--n > 0 ? requestAnimationFrame(step) : done());
    requestAnimationFrame(step);
  }), count);
}

/**
 * Resolves once the host page (with `recordLayoutShifts`) has been told the height of what
 * `frame` (an Explainer) shows now, and has answered it (its host script listens after the
 * recorder), and two frames later.
 */
export async function frameHeightTold(page, frame) {
  const height = () => frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  await expect.poll(async () => page.evaluate((now) => window.__frameHeights.at(-1)?.height === now, await height())).toBe(true);
  await frames(page, 2);
}

/**
 * Resolves once `explainer` (an Explainer) has settled after its start: ready, the
 * closed cards' details drawn (what it does after its first frame), and two frames later, so
 * that whatever that moved has been laid out and reported.
 */
export async function settled(page, explainer) {
  await explainer.ready();
  await expect(explainer.locator('.ip4-card-body:empty')).toHaveCount(0);
  await frames(page, 2);
}

/**
 * What goes wrong in `page` from now on, in order: each console message of `type` (errors,
 * unless asked) as `console: <text>`, and each error thrown into the page as
 * `pageerror: <error>`. The one way the tests watch the console.
 */
export function watchProblems(page, { type = 'error' } = {}) {
  const problems = [];
  page.on('console', (m) => m.type() === type && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  return problems;
}

/** Whether a problem `watchProblems` saw is an error thrown into the page. */
export const thrown = (problem) => problem.startsWith('pageerror: ');
