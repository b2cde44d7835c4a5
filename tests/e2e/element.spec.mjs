// The custom element on a newsroom's article page on another origin: it starts, follows its
// attributes before and after it starts, survives hostile CSS and being moved, and waits
// until it is nearly in view.
import { test, expect } from '@playwright/test';
import { WIDGET, frames, openHost, thrown, watchProblems } from '../support/hosts.mjs';
import { Explainer, S } from '../support/explainer.mjs';

test.describe('custom element', () => {
  test('comes up on another origin, marks itself ready and fires ready', async ({ page }) => {
    const problems = watchProblems(page);
    await page.addInitScript(() => {
      window.__ready = 0;
      document.addEventListener('DOMContentLoaded', () => {
        document.querySelector('nato-ip4-explainer').addEventListener('ready', () => window.__ready++);
      });
    });
    await openHost(page, { embed: 'element' });
    const element = await Explainer.element(page).ready();
    await element.expectTitles();
    expect(await page.evaluate(() => window.__ready)).toBe(1);
    const inShadow = await element.root.evaluate((el, widget) => el.shadowRoot.querySelector(widget) !== null, S.widget);
    expect(inShadow).toBe(true);
    expect(problems).toEqual([]);
  });

  test('two instances on one page are independent', async ({ page }) => {
    await openHost(page, { embed: 'element,element' });
    const first = await Explainer.element(page, 0).ready();
    const second = await Explainer.element(page, 1).ready();
    await first.toggle('ai').click();
    await first.expectOpen('ai');
    await second.expectOpen('ai', false);
  });

  test('attributes set theme, view and the open card', async ({ page }) => {
    await openHost(page, { embed: 'element', attrs: 'theme="dark" view="figures" card="baseline"' });
    const element = await Explainer.element(page).ready();
    await expect(element.widget()).toHaveAttribute('data-theme', 'dark');
    await expect(element.selectedTab()).toHaveText('Figures');
    await element.expectOpen('baseline');
  });

  test('a bad attribute gives one console error naming it and the default', async ({ page }) => {
    const errors = watchProblems(page);
    await openHost(page, { embed: 'element', attrs: 'theme="neon"' });
    const element = await Explainer.element(page).ready();
    await expect(element.widget()).toHaveAttribute('data-theme', 'auto');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"theme"');
  });

  test('mount(element, options) is exported and never throws into the page', async ({ page }) => {
    const errors = watchProblems(page);
    await openHost(page, { target: 1 });
    const result = await page.evaluate(async (url) => {
      const { mount } = await import(url);
      const handle = await mount(document.getElementById('target'), { view: 'people', size: 'xl' });
      const nothing = await mount(null, {});
      return { mounted: handle !== null, nothing };
    }, `${WIDGET}embed.js`);
    expect(result).toEqual({ mounted: true, nothing: null });
    const mounted = await Explainer.mounted(page, '#target').ready();
    await expect(mounted.selectedTab()).toHaveText('People');
    expect(errors.filter((e) => e.includes('"size"'))).toHaveLength(1);
    expect(errors.filter(thrown)).toEqual([]);
  });

  test('hostile host CSS changes nothing in how it looks or works', async ({ page, context }) => {
    // Every box in the shadow root, relative to the element, with the styles that decide
    // how it reads: identical under a hostile stylesheet.
    const layout = async (target, css) => {
      await target.setViewportSize({ width: 800, height: 1400 });
      await openHost(target, { embed: 'element', css });
      const element = await Explainer.element(target).ready();
      return element.root.evaluate((host) => {
        const origin = host.getBoundingClientRect();
        const rendered = [...host.shadowRoot.querySelectorAll('*')].filter((n) => n.getClientRects().length > 0);
        return rendered.map((node) => {
          const box = node.getBoundingClientRect();
          const style = getComputedStyle(node);
          // Rounded to a hundredth of a pixel: SVG boxes differ in the last float digits.
          const px = (n) => n.toFixed(2);
          return [node.tagName, node.getAttribute('class'), px(box.x - origin.x), px(box.y - origin.y), px(box.width), px(box.height),
            style.font, style.color, style.backgroundColor, style.letterSpacing, style.display].join(' ');
        });
      });
    };
    const plain = await layout(page, 'none');
    const hostile = await context.newPage();
    expect(await layout(hostile, 'hostile')).toEqual(plain);

    const element = Explainer.element(hostile);
    const button = element.toggle('japan');
    await button.focus();
    await hostile.keyboard.press('Enter');
    await element.expectOpen('japan');
    expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    await hostile.keyboard.press('Space');
    await expect(element.body('japan')).toBeHidden();
  });

  test('removed and added again, it comes back working without errors', async ({ page }) => {
    const problems = watchProblems(page);
    await openHost(page, { embed: 'element' });
    const element = await Explainer.element(page).ready();
    await element.removeAndAddAgain();
    await element.ready();
    await element.toggle('japan').click();
    await element.expectOpen('japan');
    await expect(element.widget()).toHaveCount(1);
    expect(problems).toEqual([]);
  });
});

test('the element loads nothing heavy until it comes within a viewport of being seen', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await page.setViewportSize({ width: 1000, height: 800 });
  await openHost(page, { embed: 'element', spacer: 1 });
  // The element has started its watch (defined, connected) and the browser has had frames in
  // which to report where it is: it has not started, so it asked for nothing (it asks for
  // the wasm as it attaches its shadow root).
  await page.evaluate(() => customElements.whenDefined('nato-ip4-explainer'));
  await frames(page, 5);
  expect(await page.locator('nato-ip4-explainer').evaluate((el) => el.shadowRoot), 'not started far out of view').toBeNull();
  expect(wasm, 'no wasm while far out of view').toEqual([]);
  await expect(page.locator('nato-ip4-explainer .nato-ip4-fallback h2')).toBeAttached();
  const element = Explainer.element(page);
  await element.root.scrollIntoViewIfNeeded();
  await element.ready();
  expect(wasm).toHaveLength(1);
});

test.describe('attributes after start', () => {
  test('theme, view and card take effect without a reload, on that element only', async ({ page }) => {
    await openHost(page, { embed: 'element,element' });
    const first = await Explainer.element(page, 0).ready();
    const second = await Explainer.element(page, 1).ready();
    await first.root.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect(first.widget()).toHaveAttribute('data-theme', 'dark');
    await first.root.evaluate((el) => el.setAttribute('view', 'people'));
    await expect(first.selectedTab()).toHaveText('People');
    await first.root.evaluate((el) => el.setAttribute('card', 'cybersecurity'));
    await expect(first.selectedTab()).toHaveText('Overview');
    await first.expectOpen('cybersecurity');
    // Removed, the theme goes back to following the reader's preference.
    await first.root.evaluate((el) => el.removeAttribute('theme'));
    await expect(first.widget()).toHaveAttribute('data-theme', 'auto');
    await expect(second.widget()).toHaveAttribute('data-theme', 'auto');
    await expect(second.selectedTab()).toHaveText('Overview');
    await second.expectOpen('cybersecurity', false);
  });

  test('a bad value gives one console error naming it, and nothing else changes', async ({ page }) => {
    const errors = watchProblems(page);
    await openHost(page, { embed: 'element', attrs: 'theme="dark" view="figures"' });
    const element = await Explainer.element(page).ready();
    await element.root.evaluate((el) => el.setAttribute('view', 'maps'));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('"view"');
    expect(errors[0]).toContain('"maps"');
    await expect(element.selectedTab()).toHaveText('Figures');
    await expect(element.widget()).toHaveAttribute('data-theme', 'dark');
  });

  test('moved, and removed and added again, it still follows its attributes', async ({ page }) => {
    const problems = watchProblems(page);
    await openHost(page, { embed: 'element', target: 1 });
    const element = await Explainer.element(page).ready();
    await page.evaluate(() => document.getElementById('target').append(document.querySelector('nato-ip4-explainer')));
    await element.ready();
    await element.root.evaluate((el) => el.setAttribute('card', 'hicks'));
    await element.expectOpen('hicks');
    expect(problems).toEqual([]);
  });

  test("mount()'s handle updates the widget it started", async ({ page }) => {
    const errors = watchProblems(page);
    await openHost(page, { target: 1 });
    await page.evaluate(async (url) => {
      const { mount } = await import(url);
      window.__handle = await mount(document.getElementById('target'), { view: 'people' });
    }, `${WIDGET}embed.js`);
    const mounted = await Explainer.mounted(page, '#target').ready();
    await page.evaluate(() => window.__handle.update({ view: 'context', theme: 'light', size: 'xl' }));
    await expect(mounted.selectedTab()).toHaveText('Context');
    await expect(mounted.widget()).toHaveAttribute('data-theme', 'light');
    expect(errors.filter((e) => e.includes('"size"'))).toHaveLength(1);
    await page.evaluate(() => window.__handle.unmount());
    await expect(mounted.widget()).toHaveCount(0);
  });
});
