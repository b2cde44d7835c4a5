// One fresh load of a page for the benches (run.mjs, `make bench`; ab.mjs, `make ab`): when
// every card title shows and when data-ready appears, measured in the page without any script
// of the test tool running there.
import { PINNED_CARDS } from '../../static/contract.js';
import { collectTransfers } from '../../tests/support/compressed.mjs';
import { S, card } from '../../tests/support/selectors.mjs';
import { newPage } from './devtools.mjs';

// Installed before any page script: records when every card title is first visible (in the
// page, in a shadow root, or as the element's fallback) and when data-ready appears, and
// resolves window.__bench.done when it has what the scenario needs.
function probe({ titles, fallbackTitles, element, needsReady }) {
  let finish;
  window.__bench = { titles: null, ready: null, longTasks: [], done: new Promise((resolve) => { finish = resolve; }) };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const roots = () => [document, ...[...document.querySelectorAll(element)].map((e) => e.shadowRoot).filter(Boolean)];
  const visible = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const titlesShown = () => {
    const fallback = [...document.querySelectorAll(fallbackTitles)];
    if (fallback.length === titles.length && fallback.every(visible)) return true;
    return titles.every((title) => roots().some((r) => visible(r.querySelector(title))));
  };
  const tick = () => {
    const b = window.__bench;
    if (b.titles === null && document.body && titlesShown()) b.titles = performance.now();
    if (b.ready === null && document.querySelector('[data-ready]')) b.ready = performance.now();
    if (b.titles === null || (needsReady && b.ready === null)) requestAnimationFrame(tick);
    else finish();
  };
  requestAnimationFrame(tick);
}

/**
 * One fresh load: when the titles show and data-ready appears, the long tasks until 300 ms
 * after that, and (if asked) every asset it transferred. It waits through the DevTools
 * protocol alone: Playwright's own waiting would inject its scripts into the page while it
 * starts, which no reader's page runs.
 */
export async function load(browser, scenario, slowdown, withAssets, network = 'none') {
  const { context, page, cdp } = await newPage(browser, slowdown, network);
  const assets = withAssets ? collectTransfers(page) : [];
  await page.addInitScript(probe, {
    titles: PINNED_CARDS.map((id) => `${card(id)} ${S.title}`),
    fallbackTitles: `${S.fallback} li`,
    element: S.element,
    needsReady: !!scenario.ready,
  });
  await page.goto(scenario.url, { waitUntil: 'load' });
  const inPage = async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, timeout: 30_000 });
    if (exceptionDetails) throw new Error(`${scenario.name}: ${exceptionDetails.text}`);
    return result.value;
  };
  await inPage('window.__bench.done.then(() => true)');
  await new Promise((done) => setTimeout(done, 300));
  const { titles, ready, longTasks } = await inPage('({ ...window.__bench, done: null })');
  await context.close();
  return { titles, ready: scenario.ready ? ready : null, longTasks, assets };
}

export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
