// With JavaScript off, the snippets still read: the element's fallback and the frame's
// prerendered cards.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from './hosts.mjs';

test.use({ javaScriptEnabled: false });

test('the element snippet shows the headline and the eight titles', async ({ page }) => {
  await openHost(page, { embed: 'element' });
  const fallback = page.locator('nato-ip4-explainer .nato-ip4-fallback');
  await expect(fallback.locator('h2')).toContainText('NATO to Collaborate');
  await expect(fallback.locator('li')).toHaveCount(8);
  for (const li of await fallback.locator('li').all()) await expect(li).toBeVisible();
});

test('the frame shows every card title', async ({ page }) => {
  await page.goto(`${WIDGET}frame.html`);
  for (const card of await page.locator('[data-card]').all()) {
    await expect(card.locator('.ip4-card-title')).toBeVisible();
  }
});
