// Unbreakable: a seeded random run of clicks, key presses, resizes and theme switches across
// two element instances and the frame, checking the ARIA state after every step; and the
// failure paths (no wasm, a policy that forbids it, removal and re-adding).
import { test, expect } from '@playwright/test';
import { WIDGET, frames, openHost, thrown, watchProblems } from '../support/hosts.mjs';
import { Explainer, S } from '../support/explainer.mjs';

const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20241126);
const STEPS = 10_000;
const BATCH = 500;

/** Runs in the page (or the frame): random steps over the widgets found there. */
async function drive({ seed, steps, S }) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const roots = [...document.querySelectorAll(S.element)].map((el) => el.shadowRoot)
    .concat(document.querySelector(S.host) ? [document] : []);
  const problems = [];
  const check = (root, step) => {
    for (const list of root.querySelectorAll(S.tablist)) {
      const selected = list.querySelectorAll(S.selectedTab).length;
      if (selected !== 1) problems.push(`step ${step}: ${selected} selected tabs`);
    }
    for (const el of root.querySelectorAll('[aria-controls]')) {
      const target = root.getElementById(el.getAttribute('aria-controls'));
      if (!target) { problems.push(`step ${step}: aria-controls ${el.getAttribute('aria-controls')} missing`); continue; }
      const expanded = el.getAttribute('aria-expanded');
      if (expanded !== null && target.hidden !== (expanded === 'false')) {
        problems.push(`step ${step}: aria-expanded=${expanded} but hidden=${target.hidden} for ${target.id}`);
      }
      if (el.getAttribute('role') === 'tab' && target.hidden !== (el.getAttribute('aria-selected') !== 'true')) {
        problems.push(`step ${step}: tab ${el.id} selection and panel visibility disagree`);
      }
    }
  };
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'Tab', 'x'];
  for (let step = 0; step < steps; step++) {
    const root = pick(roots);
    const action = random();
    if (action < 0.6) {
      const buttons = [...root.querySelectorAll(`${S.widget} button`)].filter((b) => b.getClientRects().length);
      pick(buttons)?.click();
    } else if (action < 0.85) {
      const target = pick([...root.querySelectorAll(`${S.tabs}, ${S.widget} button`)]);
      target?.focus();
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: pick(keys), bubbles: true, cancelable: true }));
    } else {
      const links = [...root.querySelectorAll(S.cardLink)].filter((a) => a.getClientRects().length);
      const link = pick(links);
      if (link) link.click(); else pick([...root.querySelectorAll(S.links)])?.click();
    }
    // The next task: what the step queued (the widget's render) has run.
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    for (const r of roots) check(r, step);
    if (problems.length) break;
  }
  return { problems, roots: roots.length };
}

test(`${STEPS} random steps across two instances and the frame keep ARIA consistent (seed ${SEED})`, async ({ page }) => {
  test.setTimeout(600_000);
  const errors = watchProblems(page);
  await page.setViewportSize({ width: 1000, height: 2400 });
  await openHost(page, { embed: 'element,element,iframe' });
  await expect(page.locator('nato-ip4-explainer')).toHaveCount(2);
  for (const n of [0, 1]) await Explainer.element(page, n).ready();
  await Explainer.frame(page).ready();
  const frame = page.frames().find((f) => f.url().includes('frame.html'));

  let done = 0;
  let batch = 0;
  while (done < STEPS) {
    const inFrame = batch % 3 === 2;
    const result = await (inFrame ? frame : page).evaluate(drive, { seed: SEED + batch, steps: BATCH, S });
    expect(result.problems, `batch ${batch} (${inFrame ? 'frame' : 'page'})`).toEqual([]);
    expect(result.roots).toBe(inFrame ? 1 : 2);
    done += BATCH;
    batch += 1;
    // Between batches: a resize, a theme switch and real key presses.
    await page.setViewportSize({ width: 320 + ((SEED * batch) % 1080), height: 2400 });
    await page.emulateMedia({ colorScheme: batch % 2 ? 'dark' : 'light' });
    for (const key of ['Tab', 'Enter', 'Tab', 'Space', 'Shift+Tab', 'ArrowRight']) await page.keyboard.press(key);
  }
  expect(errors, 'no console error, page error or panic').toEqual([]);
  console.log(`robustness: ${done} steps in ${batch} batches, seed ${SEED}`);
});

test.describe('when the wasm cannot start', () => {
  const ours = (messages) => messages.filter((m) => m.includes('nato-ip4-explainer'));

  test('a 404 on the widget page leaves the prerendered text readable, with one message', async ({ page }) => {
    const messages = watchProblems(page);
    await page.route('**/nato-ip4_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(WIDGET);
    // Reported once the start has failed; then frames for anything after it.
    await expect.poll(() => ours(messages).length).toBe(1);
    await frames(page, 10);
    const explainer = Explainer.page(page);
    await explainer.expectTitles();
    expect(ours(messages)).toHaveLength(1);
    expect(messages.filter(thrown)).toEqual([]);
    await explainer.notReady();
  });

  for (const [cause, setup] of [
    ['a 404', { embed: 'element', route: true }],
    ["a policy without 'wasm-unsafe-eval'", { embed: 'element', policy: 'no-wasm' }],
  ]) {
    test(`${cause} leaves the element's fallback and the host page as they were`, async ({ page }) => {
      const messages = watchProblems(page);
      if (setup.route) await page.route('**/nato-ip4_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
      await openHost(page, { embed: setup.embed, ...(setup.policy ? { policy: setup.policy } : {}) });
      await expect.poll(() => ours(messages).length).toBe(1);
      await frames(page, 10);
      expect(ours(messages)).toHaveLength(1);
      const fallback = Explainer.element(page).locator(S.fallback);
      await expect(fallback.locator('h2')).toBeVisible();
      await expect(fallback.locator('li')).toHaveCount(8);
      await expect(page.locator('p.after')).toBeVisible();
      await expect(page.locator('h1')).toHaveText('Host article');
      expect(messages.filter(thrown)).toEqual([]);
    });
  }
});

test('removed and added again twenty times, it comes back working with nothing left over', async ({ page }) => {
  const errors = watchProblems(page);
  await openHost(page, { embed: 'element' });
  const element = await Explainer.element(page).ready();
  for (let i = 0; i < 20; i++) {
    await element.removeAndAddAgain();
    await element.ready();
  }
  await element.toggle('misinformation').click();
  await element.expectOpen('misinformation');
  expect(await element.root.evaluate((el, widget) => el.shadowRoot.querySelectorAll(`${widget}, slot`).length, S.widget)).toBe(1);
  // The hash listener of each removed widget is gone: a deep link opens one card, once.
  await page.evaluate(() => { location.hash = '#nato-ip4/ai'; });
  await element.expectOpen('ai');
  expect(errors).toEqual([]);
});
