// Zero layout shift on the host page: the element and the iframe reserve the height they
// take, at a phone's width and a desktop's. Each window ends once the widget has settled
// (ready, its closed cards' details drawn, two frames more; hosts.mjs, settled), and for the
// iframe once the host has had the frame's height for what it shows.
import { test, expect } from '@playwright/test';
import { openHost, recordLayoutShifts, layoutShift, settled, shiftsSeen, frameHeightTold } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';

for (const width of [360, 1280]) {
  test(`element at ${width} px, and the reserved height fits`, async ({ page }) => {
    await page.setViewportSize({ width, height: 2400 });
    await recordLayoutShifts(page);
    await openHost(page, { embed: 'element' });
    const element = Explainer.element(page);
    await settled(page, element);
    expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
    // As tests/engines/embed.spec.mjs prints it for Firefox and WebKit.
    const { element: reserved, widget } = await element.heights();
    console.log(`chromium element at ${width} px: reserved ${reserved.toFixed(1)} px, widget ${widget.toFixed(1)} px, gap ${(reserved - widget).toFixed(1)} px`);
    expect(Math.abs(reserved - widget)).toBeLessThanOrEqual(8);
  });

  test(`element at ${width} px, with a chosen view and card`, async ({ page }) => {
    await page.setViewportSize({ width, height: 2400 });
    await recordLayoutShifts(page);
    await openHost(page, { embed: 'element', attrs: 'view="figures" card="baseline"' });
    const element = Explainer.element(page);
    await element.expectOpen('baseline');
    await settled(page, element);
    expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
  });

  test(`iframe at ${width} px, under iframe { height: 100% }`, async ({ page }) => {
    await page.setViewportSize({ width, height: 2400 });
    await recordLayoutShifts(page);
    await openHost(page, { embed: 'iframe', css: 'iframe-full-height' });
    const frame = Explainer.frame(page);
    await settled(page, frame);
    await frameHeightTold(page, frame);
    expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
  });
}
