// WCAG 2.2 AA, tested: axe-core in every view, closed and open, light and dark, on the page,
// in the element on a host page and in the frame; keyboard, reflow, target size, motion,
// forced colours and what a screen reader hears.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WIDGET, openHost } from '../support/hosts.mjs';
import { Explainer, PINNED_CARDS, S } from '../support/explainer.mjs';
import { toggle } from '../support/selectors.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWS = ['Overview', 'People', 'Figures', 'Context'];

async function expectNoViolations(page, label, include) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, label).toEqual([]);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe: every view of the page, closed and open, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(WIDGET);
    const explainer = await Explainer.page(page).ready();
    for (const view of VIEWS) {
      await explainer.tab(view).click();
      await expectNoViolations(page, `${view}, closed, ${colorScheme}`);
      await explainer.openAll();
      await expectNoViolations(page, `${view}, open, ${colorScheme}`);
    }
  });

  test(`axe: the element on a host page and the frame, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1000, height: 3000 });
    await openHost(page, { embed: 'element,iframe' });
    const element = await Explainer.element(page).ready();
    await expectNoViolations(page, `element, closed, ${colorScheme}`, 'nato-ip4-explainer');
    await element.openAll();
    await expectNoViolations(page, `element, open, ${colorScheme}`, 'nato-ip4-explainer');

    // axe injects itself into the frame; a fresh page for the open state keeps the frame's
    // input path untouched by the closed-state scan.
    const scanFrame = async (target, open) => {
      const frame = await Explainer.frame(target).ready();
      if (open) await frame.openAll();
      const { violations } = await new AxeBuilder({ page: target }).withTags(TAGS).include('iframe[data-nato-ip4]').analyze();
      const label = `frame, ${open ? 'open' : 'closed'}, ${colorScheme}`;
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
    };
    await scanFrame(page, false);
    const second = await page.context().newPage();
    await second.emulateMedia({ colorScheme });
    await second.setViewportSize({ width: 1000, height: 3000 });
    await openHost(second, { embed: 'iframe' });
    await scanFrame(second, true);
  });
}

test('keyboard only: one tab stop for the tabs, every control reachable, no trap, focus visible', async ({ page }) => {
  await page.goto(WIDGET);
  await Explainer.page(page).ready();
  await page.locator('body').focus();
  const seen = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((S) => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        inWidget: !!el.closest(S.widget),
        role: el.getAttribute('role'),
        card: el.closest(S.cards)?.getAttribute(S.cardAttr) ?? null,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    }, S);
    if (!focused.inWidget) {
      if (seen.length) break; // left the widget: no trap
      continue;
    }
    seen.push(focused);
    expect(focused.outline, `focus visible on step ${i}`).toBe(true);
  }
  expect(seen.filter((f) => f.role === 'tab')).toHaveLength(1);
  const cards = new Set(seen.map((f) => f.card).filter(Boolean));
  for (const id of PINNED_CARDS) {
    expect(cards.has(id), `${id} reachable by Tab`).toBe(true);
  }
  const after = await page.evaluate((S) => document.activeElement.closest(S.widget) === null, S);
  expect(after, 'Tab leaves the widget').toBe(true);
});

test('focus is never hidden under a sticky host header (2.4.11)', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await openHost(page, { embed: 'element', css: 'sticky-header' });
  const element = await Explainer.element(page).ready();
  await element.toggle('japan').click();
  await page.keyboard.press('End');
  await page.locator('p.after').scrollIntoViewIfNeeded();
  // Walk backwards through the widget, so that each control scrolls in from the top.
  await page.evaluate(() => document.querySelector('p.after').setAttribute('tabindex', '-1'));
  await page.locator('p.after').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    const hidden = await page.evaluate((S) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || !el.closest(S.widget)) return null;
      const box = el.getBoundingClientRect();
      const header = document.querySelector('.masthead').getBoundingClientRect();
      return box.bottom <= header.bottom + 1 ? `${el.className} at ${box.top}..${box.bottom}` : '';
    }, S);
    if (hidden === null) continue;
    expect(hidden, 'a focused control entirely under the sticky header').toBe('');
  }
});

for (const width of [320, 640]) {
  test(`reflows at ${width} CSS px with no horizontal scrolling, cards open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(WIDGET);
    const explainer = await Explainer.page(page).ready();
    for (const view of VIEWS) {
      await explainer.tab(view).click();
      await explainer.openAll();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
  });
}

test('every target is at least 24 by 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(WIDGET);
  await (await Explainer.page(page).ready()).openAll();
  const small = await page.evaluate((S) => [...document.querySelectorAll(`${S.widget} button, ${S.widget} a`)]
    .filter((el) => el.getClientRects().length)
    .map((el) => [el.className, el.getBoundingClientRect()])
    .filter(([, box]) => box.width < 24 || box.height < 24)
    .map(([name, box]) => `${name} ${box.width}x${box.height}`), S);
  expect(small).toEqual([]);
});

test('prefers-reduced-motion: reduce runs no animation or transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(WIDGET);
  const explainer = await Explainer.page(page).ready();
  await explainer.toggle('japan').click();
  const moving = await page.evaluate((S) => [...document.querySelectorAll(`${S.widget}, ${S.widget} *`)].filter((el) => {
    const s = getComputedStyle(el);
    const durations = `${s.transitionDuration},${s.animationDuration}`.split(',').map(parseFloat);
    return s.animationName !== 'none' || durations.some((d) => d > 0);
  }).map((el) => el.className), S);
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('forced-colors: active keeps every control, state and focus visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(WIDGET);
  const explainer = await Explainer.page(page).ready();
  await explainer.toggle('japan').click();
  const report = await page.evaluate(({ S, icon }) => {
    const visibleEdge = (el) => {
      const s = getComputedStyle(el);
      return ['Top', 'Right', 'Bottom', 'Left'].some((side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0);
    };
    const cards = [...document.querySelectorAll(`${S.shownPanel} ${S.cards}`)];
    const tabs = [...document.querySelectorAll(S.tabs)];
    const selected = document.querySelector(S.selectedTab);
    const other = document.querySelector(`${S.tabs}[aria-selected=false]`);
    return {
      cardsBordered: cards.every(visibleEdge),
      tabsBordered: tabs.every(visibleEdge),
      selectedDiffers: getComputedStyle(selected).borderBottomWidth !== getComputedStyle(other).borderBottomWidth,
      iconDrawn: getComputedStyle(document.querySelector(icon), '::after').borderRightStyle !== 'none',
    };
  }, { S, icon: toggle('japan') });
  expect(report).toEqual({ cardsBordered: true, tabsBordered: true, selectedDiffers: true, iconDrawn: true });
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
});

test('screen readers: a named region, a sensible heading outline and a short announcement', async ({ page }) => {
  await page.goto(WIDGET);
  const explainer = await Explainer.page(page).ready();
  const region = page.getByRole('region', { name: /NATO to Collaborate/ });
  await expect(region).toHaveCount(1);
  const outline = await region.evaluate((r) => [...r.querySelectorAll('h2, h3, h4')]
    .filter((h) => h.getClientRects().length)
    .map((h) => Number(h.tagName[1])));
  expect(outline[0]).toBe(2);
  for (let i = 1; i < outline.length; i++) expect(outline[i] - outline[i - 1]).toBeLessThanOrEqual(1);
  await explainer.toggle('australia').click();
  const status = region.getByRole('status');
  await expect(status).toHaveText('Australia opened');
  expect((await status.textContent()).length).toBeLessThan(40);
});
