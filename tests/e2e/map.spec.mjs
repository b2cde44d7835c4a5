// The locator map as readers meet it: drawn into the pages and the element's fallback,
// there without JavaScript, readable in light, dark and forced colours, small on a phone,
// and leading from a partner's label or shape to its card.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from './hosts.mjs';
import { Explainer } from './explainer.mjs';

const PARTNERS = ['japan', 'south-korea', 'australia', 'new-zealand'];

/** What the drawing holds: every data-iso, and the computed look of a few shapes. */
const drawn = (svg) => svg.evaluate((node) => {
  const look = (iso) => {
    const style = getComputedStyle(node.querySelector(`[data-iso="${iso}"]`));
    return { fill: style.fill, stroke: style.stroke, dashes: style.strokeDasharray };
  };
  return {
    isos: [...node.querySelectorAll('[data-iso]')].map((path) => path.dataset.iso),
    land: getComputedStyle(node.querySelector('.ip4-map-land')).fill,
    nato: look('DEU'), partner: look('JPN'), ukraine: look('UKR'), named: look('RUS'),
    hidden: node.getAttribute('aria-hidden'),
    focusable: node.querySelectorAll('a, button, [tabindex]').length,
  };
});

function expectCorrect(map) {
  expect(map.isos).toHaveLength(40);
  for (const iso of ['UKR', 'RUS', 'CHN', 'PRK', 'JPN', 'KOR', 'AUS', 'NZL', 'USA', 'CAN', 'TUR', 'SWE', 'FIN']) {
    expect(map.isos, iso).toContain(iso);
  }
  expect(map.hidden).toBe('true');
  expect(map.focusable).toBe(0);
  const fills = new Set([map.land, map.nato.fill, map.partner.fill, map.ukraine.fill, map.named.fill]);
  expect(fills.size, 'each group has its own colour').toBe(5);
  expect(map.named.fill, 'the named states are not red').not.toMatch(/rgb\((1\d\d|2\d\d), [0-6]?\d, [0-6]?\d\)/);
  expect(map.named.dashes, 'and are outlined with dashes, not told by colour alone').not.toBe('none');
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the widget page draws the map, with its labels and legend', async ({ page }) => {
    await page.goto(WIDGET);
    const svg = page.locator('.ip4-map svg.ip4-map-svg');
    await expect(svg).toBeVisible();
    expectCorrect(await drawn(svg));
    for (const id of PARTNERS) await expect(page.locator(`.ip4-map-label[data-map="${id}"]`)).toBeVisible();
    await expect(page.locator('.ip4-map figcaption')).toContainText('32 NATO members as of July 2024');
    await expect(page.locator('.ip4-map figcaption')).toContainText('China, Russia and North Korea');
  });

  test("the element's fallback shows the map too", async ({ page }) => {
    await openHost(page, { embed: 'element' });
    const svg = page.locator('nato-ip4-explainer .nato-ip4-fallback svg.ip4-map-svg');
    await expect(svg).toBeVisible();
    const map = await drawn(svg);
    expect(map.isos).toHaveLength(40);
    expect(map.named.dashes).not.toBe('none');
  });
});

for (const colorScheme of ['light', 'dark']) {
  test(`the map reads in ${colorScheme} mode, on the page and in the element`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(WIDGET);
    await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    const map = await drawn(page.locator('#nato-ip4 svg.ip4-map-svg'));
    expectCorrect(map);
    const background = await page.locator('#nato-ip4 .ip4').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(map.land, 'land stands out from the background').not.toBe(background);
    await openHost(page, { embed: 'element' });
    const element = page.locator('nato-ip4-explainer');
    await expect(element).toHaveAttribute('data-ready', '');
    expect(await drawn(element.locator('.ip4 svg.ip4-map-svg'))).toEqual(map);
  });
}

test('light and dark draw the groups in different colours', async ({ page }) => {
  const fills = {};
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.goto(WIDGET);
    await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    fills[colorScheme] = await drawn(page.locator('#nato-ip4 svg.ip4-map-svg'));
  }
  expect(fills.dark.land).not.toBe(fills.light.land);
  expect(fills.dark.nato.fill).not.toBe(fills.light.nato.fill);
});

test('forced colours keep the groups apart and the named states dashed', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(WIDGET);
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  const map = await drawn(page.locator('#nato-ip4 svg.ip4-map-svg'));
  expect(map.nato.fill).not.toBe(map.land);
  expect(map.partner.fill).not.toBe(map.nato.fill);
  expect(map.named.dashes).not.toBe('none');
});

for (const [how, target] of [['label', (root, id) => root.locator(`.ip4-map-label[data-map="${id}"]`)],
  ['shape', (root, id) => root.locator(`svg [data-map="${id}"]`)]]) {
  test(`a partner's ${how} opens its card, brings it into view and moves focus to it`, async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(WIDGET);
    const explainer = await Explainer.page(page).ready();
    await target(explainer, 'australia').click({ force: how === 'shape' });
    const toggle = explainer.toggle('australia').first();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toBeFocused();
    await expect(explainer.card('australia')).toBeInViewport();
  });
}

test('in the element, a shape and a label lead to their cards as well', async ({ page }) => {
  await openHost(page, { embed: 'element' });
  const element = await Explainer.element(page).ready();
  // Australia: the middle of Japan's outline is sea.
  await element.locator('.ip4 svg [data-map="australia"]').click({ force: true });
  await element.expectOpen('australia');
  await element.locator('.ip4-map-label[data-map="new-zealand"]').click();
  await expect(element.toggle('new-zealand')).toBeFocused();
});

test("hovering or focusing a partner's label outlines its shape", async ({ page }) => {
  await page.goto(WIDGET);
  const root = page.locator('#nato-ip4');
  await expect(root).toHaveAttribute('data-ready', '');
  const width = (id) => root.locator(`svg [data-map="${id}"]`).evaluate((p) => getComputedStyle(p).strokeWidth);
  const before = await width('south-korea');
  await root.locator('.ip4-map-label[data-map="south-korea"]').hover();
  expect(await width('south-korea')).not.toBe(before);
  expect(await width('japan')).toBe(before);
  await page.mouse.move(0, 0);
  await root.locator('.ip4-map-label[data-map="japan"]').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await width('japan')).not.toBe(before);
});

test('on a 360 px phone, the map and the first card titles fit in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(WIDGET);
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  const layout = await page.evaluate(() => {
    const top = document.querySelector('#nato-ip4 .ip4').getBoundingClientRect().top;
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    return {
      map: box('#nato-ip4 .ip4-map-drawing'),
      firstTitle: box('#nato-ip4 .ip4-panel:not([hidden]) .ip4-card-title').bottom - top,
      mapBottom: box('#nato-ip4 .ip4-map-drawing').bottom - top,
    };
  });
  expect(layout.map.height, 'the map is no taller than a third of the screen').toBeLessThanOrEqual(640 / 3);
  expect(layout.mapBottom).toBeLessThanOrEqual(640);
  expect(layout.firstTitle, 'the first card title shows in the first screen').toBeLessThanOrEqual(640);
});
