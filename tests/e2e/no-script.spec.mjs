// With JavaScript off, the snippets still read: the element's fallback and the frame's
// prerendered cards.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from '../support/hosts.mjs';
import { Explainer, S } from '../support/explainer.mjs';

test.use({ javaScriptEnabled: false });

test('the element snippet shows the headline and the eight titles', async ({ page }) => {
  await openHost(page, { embed: 'element' });
  const fallback = Explainer.element(page).locator(S.fallback);
  await expect(fallback.locator('h2')).toContainText('NATO to Collaborate');
  await expect(fallback.locator('li')).toHaveCount(8);
  for (const li of await fallback.locator('li').all()) await expect(li).toBeVisible();
});

test('the frame shows every card title', async ({ page }) => {
  await page.goto(`${WIDGET}frame.html`);
  const cards = await Explainer.page(page).locator(S.cards).all();
  expect(cards.length).toBeGreaterThanOrEqual(8);
  for (const card of cards) await expect(card.locator(S.title)).toBeVisible();
});
