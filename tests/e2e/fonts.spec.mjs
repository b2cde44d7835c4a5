// Zero layout shift whatever fonts the reader has. The reserved heights in embed.css were
// measured with this machine's fonts (DejaVu); these readers have others: Liberation (the
// metrics of Arial and Times New Roman) and Carlito and Caladea (those of Calibri and
// Cambria). Chromium is started with FONTCONFIG_FILE pointing at tests/fonts/<name>.conf.
// Each window ends once the widget has settled, and for the iframe once the host has had the
// frame's height (hosts.mjs: settled, frameHeightTold).
import { test, expect, chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { launchOptions } from '../support/chromium.mjs';
import { openHost, recordLayoutShifts, layoutShift, settled, shiftsSeen, frameHeightTold } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';

for (const fonts of ['liberation', 'carlito']) {
  test.describe(`a reader with ${fonts} fonts`, () => {
    let browser;
    test.beforeAll(async () => {
      browser = await chromium.launch({
        ...launchOptions,
        env: { ...process.env, FONTCONFIG_FILE: resolve(`tests/fonts/${fonts}.conf`) },
      });
    });
    test.afterAll(() => browser?.close());

    /** A host page with the embed in view, its layout shifts summed until it has settled. */
    async function open(width, options) {
      // Tall enough that what follows the embed is on screen too, where a shift would show.
      const page = await browser.newPage({ viewport: { width, height: 2400 } });
      await recordLayoutShifts(page);
      await openHost(page, options);
      return page;
    }

    test('the fonts are really not this machine’s', async () => {
      const page = await open(800, { embed: 'element' });
      const family = await page.locator('nato-ip4-explainer').evaluate((el) => {
        const probe = el.ownerDocument.createElement('span');
        probe.textContent = 'Indo-Pacific partners on 4 initiatives';
        probe.style.setProperty('font', '16px system-ui');
        el.ownerDocument.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      });
      // The same text in DejaVu Sans, the default here, is 296 px wide.
      expect(Math.abs(family - 296), `text width ${family}`).toBeGreaterThan(10);
      await page.close();
    });

    for (const width of [360, 1280]) {
      for (const [label, attrs] of [['the default', null], ['a chosen view and card', 'view="figures" card="baseline"']]) {
        test(`element at ${width} px with ${label}: nothing on the page moves`, async () => {
          const page = await open(width, { embed: 'element', ...(attrs ? { attrs } : {}) });
          const element = Explainer.element(page);
          await settled(page, element);
          expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
          // Once its lower edge is off screen, the element takes the widget's own height.
          await page.setViewportSize({ width, height: 300 });
          await expect.poll(async () => {
            const heights = await element.heights();
            return Math.abs(heights.element - heights.container);
          }).toBeLessThan(1);
          await page.close();
        });
      }

      test(`iframe at ${width} px: nothing on the page moves while the frame is in view`, async () => {
        const page = await open(width, { embed: 'iframe' });
        const frame = page.frameLocator('iframe[data-nato-ip4]');
        const explainer = Explainer.frame(page);
        await settled(page, explainer);
        await frameHeightTold(page, explainer);
        expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
        await page.setViewportSize({ width, height: 300 });
        const iframe = page.locator('iframe[data-nato-ip4]');
        await expect.poll(async () => Math.abs((await iframe.boundingBox()).height
          - await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height))).toBeLessThan(1);
        await page.close();
      });
    }
  });
}
