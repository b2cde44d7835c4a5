// No dead clicks: on the widget page and in the frame, what a reader does to the prerendered
// explainer before the wasm is up, and before any script of ours has run at all, takes
// effect at once, and still holds once boot.js and then the wasm have taken over. Run at 4x
// CPU slowdown on a throttled network, with the wasm (and boot.js) held back until the
// reader is done, so that every press really comes before them.
import { test, expect } from '@playwright/test';
import { WIDGET } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';
import { toggle as toggleOf } from '../support/selectors.mjs';

async function slowDown(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  // Roughly a slow 4G connection.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
}

/** Holds every request matching `pattern` until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const holdWasm = (page) => hold(page, '**/nato-ip4_bg.wasm');

/**
 * Whether the button `selector` matches says it is expanded, as Chromium's accessibility tree
 * (what a screen reader is told) has it: true, false, or null for a button with no such state.
 */
async function expandedToAssistiveTechnology(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    expect(nodes[0].role.value, selector).toBe('button');
    return nodes[0].properties?.find((property) => property.name === 'expanded')?.value.value ?? null;
  } finally {
    await cdp.detach();
  }
}

/** Each card's toggle tells assistive technology whether it is open, as `open` has it. */
async function expectToldExpanded(page, open) {
  for (const [id, expanded] of Object.entries(open)) {
    const told = await expandedToAssistiveTechnology(page, toggleOf(id));
    expect(told, `${id}'s toggle, to a screen reader`).toBe(expanded);
  }
}

for (const [name, path] of [['widget page', ''], ['frame', 'frame.html']]) {
  test(`${name}: clicks, Enter and Space before the wasm is up are not lost`, async ({ page }) => {
    const events = [];
    await page.exposeFunction('__event', (e) => events.push(e));
    await page.addInitScript(() => {
      for (const type of ['nato-ip4:card', 'nato-ip4:view']) {
        document.addEventListener(type, (e) => window.__event(`${type} ${JSON.stringify(e.detail)}`));
      }
    });
    await slowDown(page);
    const release = await holdWasm(page);
    await page.goto(`${WIDGET}${path}`, { waitUntil: 'commit' });

    const explainer = Explainer.page(page);
    const toggle = (id) => explainer.toggle(id).first();
    await expect(toggle('japan')).toBeVisible();
    await explainer.notReady();

    await toggle('japan').click();
    await toggle('australia').focus();
    await page.keyboard.press('Enter');
    await toggle('ukraine').focus();
    await page.keyboard.press('Space');
    // At once, before the wasm: the page does it natively.
    for (const id of ['japan', 'australia', 'ukraine']) {
      await explainer.expectOpen(id);
      await expect(explainer.quote(id)).toBeVisible();
    }
    await page.getByRole('tab', { name: 'People' }).click();
    await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
    await expect(toggle('hicks')).toBeVisible();
    await explainer.notReady('every press came before the wasm was up');

    release();
    await explainer.ready({ timeout: 30_000 });
    // Still so once the wasm has taken over: the same state, and focus where the reader left it.
    await explainer.expectView('People');
    await expect(explainer.selectedTab()).toBeFocused();
    await expect(explainer.widget()).toHaveCount(1);
    await expect(explainer.card('hicks')).toBeVisible();
    for (const id of ['japan', 'australia', 'ukraine']) await explainer.expectOpen(id);
    await explainer.expectOpen('south-korea', false);
    // The wasm's own controls now answer: the People tab is selected, Hicks opens.
    await toggle('hicks').click();
    await explainer.expectOpen('hicks');
    await expect(explainer.status()).toHaveText('Kathleen Hicks opened');
    // The host page hears about what the reader did before the takeover too.
    expect(events).toEqual(expect.arrayContaining([
      'nato-ip4:card {"card":"japan","open":true}',
      'nato-ip4:card {"card":"australia","open":true}',
      'nato-ip4:card {"card":"ukraine","open":true}',
      'nato-ip4:view {"view":"people"}',
      'nato-ip4:card {"card":"hicks","open":true}',
    ]));
  });
}

test('a card closed again before the wasm is up stays closed, and a deep link opens at once', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`${WIDGET}#nato-ip4/stoltenberg`, { waitUntil: 'commit' });
  const explainer = Explainer.page(page);
  const toggle = (id) => explainer.toggle(id).first();
  await explainer.expectOpen('stoltenberg');
  await explainer.expectView('People');
  await explainer.tab('Overview').click();
  await toggle('ai').click();
  await toggle('ai').click();
  await explainer.expectOpen('ai', false);
  release();
  await explainer.ready();
  await explainer.expectOpen('ai', false);
  await explainer.expectView('Overview');
  await explainer.tab('People').click();
  await explainer.expectOpen('stoltenberg');
});

for (const [name, path] of [['widget page', ''], ['frame', 'frame.html']]) {
  test(`${name}: before any script has run, a click, Enter and Space on a card and a click on a tab are not lost`, async ({ page }) => {
    await slowDown(page);
    // Nothing of ours runs: not boot.js, not the wasm.
    const releaseBoot = await hold(page, '**/boot.js');
    const releaseWasm = await holdWasm(page);
    await page.goto(`${WIDGET}${path}`, { waitUntil: 'commit' });
    const explainer = Explainer.page(page);
    const toggle = (id) => explainer.toggle(id).first();
    const details = (id) => explainer.quote(id);

    // The moment the first toggle is painted.
    await toggle('japan').click();
    await toggle('australia').focus();
    await page.keyboard.press('Enter');
    await toggle('ukraine').focus();
    await page.keyboard.press('Space');
    await toggle('ai').click();
    await toggle('ai').click();
    // At once, with no script: the browser does it (card.rs, explainer.css).
    for (const id of ['japan', 'australia', 'ukraine']) await expect(details(id), id).toBeVisible();
    await expect(details('ai')).toBeHidden();
    // And a screen reader is told so, by the browser (each toggle opens a popover natively).
    const told = { japan: true, australia: true, ai: false, 'south-korea': false };
    await expectToldExpanded(page, told);
    await page.getByRole('tab', { name: 'People' }).click();
    expect(await page.evaluate(() => document.querySelectorAll('script[src]').length)).toBeGreaterThan(0);
    await explainer.notReady();

    // boot.js takes it over: the same state, now in the markup's own terms.
    releaseBoot();
    await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
    for (const id of ['japan', 'australia', 'ukraine']) await explainer.expectOpen(id);
    await explainer.expectOpen('ai', false);
    await expect(toggle('hicks')).toBeVisible();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expectToldExpanded(page, told);
    await page.getByRole('tab', { name: 'People' }).click();

    // And so does the wasm.
    releaseWasm();
    await explainer.ready({ timeout: 30_000 });
    await explainer.expectView('People');
    await page.getByRole('tab', { name: 'Overview' }).click();
    for (const id of ['japan', 'australia', 'ukraine']) await explainer.expectOpen(id);
    await explainer.expectOpen('ai', false);
    await expect(explainer.widget()).toHaveCount(1);
    await expectToldExpanded(page, told);
  });
}

test('before any script has run, a map label and a link to a card are not lost either', async ({ page }) => {
  await slowDown(page);
  const releaseBoot = await hold(page, '**/boot.js');
  await holdWasm(page);
  await page.goto(WIDGET, { waitUntil: 'commit' });
  // A label is a link to its card: the browser follows it with no script.
  const explainer = Explainer.page(page);
  await explainer.mapLabel('new-zealand').click();
  await expect(page).toHaveURL(/#nato-ip4\/new-zealand$/);
  releaseBoot();
  await explainer.expectOpen('new-zealand');
  await expect(explainer.card('new-zealand')).toBeInViewport();
});
