// The locator map as readers meet it: drawn into the pages and the element's fallback,
// there without JavaScript, readable in light, dark and forced colours, small on a phone,
// and leading from a partner's label or shape to its card.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from '../support/hosts.mjs';
import { Explainer, S } from '../support/explainer.mjs';

const PARTNERS = ['japan', 'south-korea', 'australia', 'new-zealand'];

/** What the drawing holds: every data-iso, and the computed look of a few shapes. */
const drawn = (svg) => svg.evaluate((node, S) => {
  const look = (iso) => {
    const style = getComputedStyle(node.querySelector(`[data-iso="${iso}"]`));
    return { fill: style.fill, stroke: style.stroke, dashes: style.strokeDasharray };
  };
  return {
    isos: [...node.querySelectorAll('[data-iso]')].map((path) => path.dataset.iso),
    land: getComputedStyle(node.querySelector(S.land)).fill,
    nato: look('DEU'), partner: look('JPN'), ukraine: look('UKR'), named: look('RUS'),
    hidden: node.getAttribute('aria-hidden'),
    focusable: node.querySelectorAll('a, button, [tabindex]').length,
  };
}, S);

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
    const explainer = Explainer.page(page);
    await expect(explainer.drawing()).toBeVisible();
    expectCorrect(await drawn(explainer.drawing()));
    for (const id of PARTNERS) await expect(explainer.mapLabel(id)).toBeVisible();
    await expect(explainer.map().locator('figcaption')).toContainText('32 NATO members as of July 2024');
    await expect(explainer.map().locator('figcaption')).toContainText('China, Russia and North Korea');
  });

  test("the element's fallback shows the map too", async ({ page }) => {
    await openHost(page, { embed: 'element' });
    const svg = Explainer.element(page).locator(`${S.fallback} ${S.svg}`);
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
    const explainer = await Explainer.page(page).ready();
    const map = await drawn(explainer.drawing());
    expectCorrect(map);
    const background = await explainer.widget().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(map.land, 'land stands out from the background').not.toBe(background);
    await openHost(page, { embed: 'element' });
    const element = await Explainer.element(page).ready();
    expect(await drawn(element.widget().locator(S.svg))).toEqual(map);
  });
}

test('light and dark draw the groups in different colours', async ({ page }) => {
  const fills = {};
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.goto(WIDGET);
    fills[colorScheme] = await drawn((await Explainer.page(page).ready()).drawing());
  }
  expect(fills.dark.land).not.toBe(fills.light.land);
  expect(fills.dark.nato.fill).not.toBe(fills.light.nato.fill);
});

test('forced colours keep the groups apart and the named states dashed', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(WIDGET);
  const map = await drawn((await Explainer.page(page).ready()).drawing());
  expect(map.nato.fill).not.toBe(map.land);
  expect(map.partner.fill).not.toBe(map.nato.fill);
  expect(map.named.dashes).not.toBe('none');
});

for (const [how, target] of [['label', (root, id) => root.mapLabel(id)], ['shape', (root, id) => root.mapShape(id)]]) {
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
  await element.mapShape('australia').click({ force: true });
  await element.expectOpen('australia');
  await element.mapLabel('new-zealand').click();
  await expect(element.toggle('new-zealand')).toBeFocused();
});

test("hovering or focusing a partner's label outlines its shape", async ({ page }) => {
  await page.goto(WIDGET);
  const explainer = await Explainer.page(page).ready();
  const width = (id) => explainer.mapShape(id).evaluate((p) => getComputedStyle(p).strokeWidth);
  const before = await width('south-korea');
  await explainer.mapLabel('south-korea').hover();
  expect(await width('south-korea')).not.toBe(before);
  expect(await width('japan')).toBe(before);
  await page.mouse.move(0, 0);
  await explainer.mapLabel('japan').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await width('japan')).not.toBe(before);
});

test('on a 360 px phone, the map and the first card titles fit in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(WIDGET);
  await Explainer.page(page).ready();
  const layout = await page.evaluate((S) => {
    const box = (selector) => document.querySelector(`${S.host} ${selector}`).getBoundingClientRect();
    const top = box(S.widget).top;
    return {
      map: box(S.drawing),
      firstTitle: box(`${S.shownPanel} ${S.title}`).bottom - top,
      mapBottom: box(S.drawing).bottom - top,
    };
  }, S);
  expect(layout.map.height, 'the map is no taller than a third of the screen').toBeLessThanOrEqual(640 / 3);
  expect(layout.mapBottom).toBeLessThanOrEqual(640);
  expect(layout.firstTitle, 'the first card title shows in the first screen').toBeLessThanOrEqual(640);
});
