// Deep links: #nato-ip4/<card> opens that card and brings it into view in the frame and in
// element mode (on the widget page: behaviour.spec.mjs), and each card links to itself;
// #nato-ip4/view/<view> shows that view.
import { test, expect } from '@playwright/test';
import { WIDGET, HOST_ORIGIN, openHost } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';

test('in the frame', async ({ page }) => {
  await page.goto(`${WIDGET}frame.html#nato-ip4/new-zealand`);
  await Explainer.page(page).expectOpen('new-zealand');
});

test('in element mode, a hash the host page loads with opens the card and brings it into view', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 400 });
  await page.goto(`${HOST_ORIGIN}/article.html?embed=element#nato-ip4/stoltenberg`);
  const element = Explainer.element(page);
  await element.expectOpen('stoltenberg');
  await expect(element.card('stoltenberg')).toBeInViewport();
});

test("in element mode, the host page's own hash, and each card links to itself", async ({ page }) => {
  await openHost(page, { embed: 'element' });
  const element = await Explainer.element(page).ready();
  await page.evaluate(() => { location.hash = '#nato-ip4/stoltenberg'; });
  await element.expectOpen('stoltenberg');
  await element.cardLink('stoltenberg').click();
  expect(new URL(page.url()).hash).toBe('#nato-ip4/stoltenberg');
});

test('in element mode, a link to a view, at start and in the host page', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/article.html?embed=element#nato-ip4/view/figures`);
  const element = await Explainer.element(page).ready();
  await element.expectView('Figures');
  await page.evaluate(() => { location.hash = '#nato-ip4/view/context'; });
  await element.expectView('Context');
});
