// What content systems do to a pasted element snippet (WordPress's wpautop in the Classic
// editor, editors that add <p> or <br>, or collapse or add whitespace): the widget still
// starts, and the host's article after it stays visible, outside it and in place.
import { test, expect } from '@playwright/test';
import { openHost, recordLayoutShifts, layoutShift, watchProblems } from './hosts.mjs';
import { REWRITES } from './server.mjs';
import { EIGHT } from './cards.mjs';

for (const rewrite of Object.keys(REWRITES)) {
  test(`rewritten by ${rewrite}, the element starts and the article after it stays in place`, async ({ page }) => {
    const problems = watchProblems(page);
    await recordLayoutShifts(page);
    await openHost(page, { embed: 'element', rewrite });
    const element = page.locator('nato-ip4-explainer');
    await expect(element).toHaveAttribute('data-ready', '');
    for (const id of EIGHT) await expect(element.locator(`[data-card="${id}"] .ip4-card-title`)).toBeVisible();
    const after = page.locator('p.after');
    await expect(after).toBeVisible();
    expect(await after.evaluate((p) => p.closest('nato-ip4-explainer') === null)).toBe(true);
    const box = await element.boundingBox();
    expect((await after.boundingBox()).y).toBeGreaterThanOrEqual(box.y + box.height);
    // Nothing but the fallback is left in the element's light DOM.
    expect(await element.evaluate((el) => [...el.children].map((child) => child.className))).toEqual(['nato-ip4-fallback nato-ip4-reserve']);
    expect(await layoutShift(page)).toBe(0);
    const toggle = element.locator('[data-card="japan"] button[aria-expanded]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(after).toBeVisible();
    expect(problems).toEqual([]);
  });
}
