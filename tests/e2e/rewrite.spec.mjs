// What content systems do to a pasted element snippet (WordPress's wpautop in the Classic
// editor, editors that add <p> or <br>, or collapse or add whitespace): the widget still
// starts, and the host's article after it stays visible, outside it and in place.
import { test, expect } from '@playwright/test';
import { openHost, recordLayoutShifts, layoutShift, watchProblems } from '../support/hosts.mjs';
import { REWRITES } from '../support/server.mjs';
import { Explainer } from '../support/explainer.mjs';

for (const rewrite of Object.keys(REWRITES)) {
  test(`rewritten by ${rewrite}, the element starts and the article after it stays in place`, async ({ page }) => {
    const problems = watchProblems(page);
    await recordLayoutShifts(page);
    await openHost(page, { embed: 'element', rewrite });
    const element = await Explainer.element(page).ready();
    await element.expectTitles();
    const after = page.locator('p.after');
    await expect(after).toBeVisible();
    expect(await after.evaluate((p) => p.closest('nato-ip4-explainer') === null)).toBe(true);
    const box = await element.root.boundingBox();
    expect((await after.boundingBox()).y).toBeGreaterThanOrEqual(box.y + box.height);
    // Nothing but the fallback is left in the element's light DOM.
    expect(await element.root.evaluate((el) => [...el.children].map((child) => child.className))).toEqual(['nato-ip4-fallback nato-ip4-reserve']);
    expect(await layoutShift(page)).toBe(0);
    await element.toggle('japan').click();
    await element.expectOpen('japan');
    await expect(after).toBeVisible();
    expect(problems).toEqual([]);
  });
}
