// The widget page as a reader meets it: served from a sub-path, prerendered, taken over by
// the wasm, driven by mouse and real keyboard.
import { test, expect } from '@playwright/test';
import { watchProblems } from '../support/hosts.mjs';
import { DIST } from '../support/server.mjs';
import { Explainer, PINNED_CARDS, S } from '../support/explainer.mjs';
import { card } from '../support/selectors.mjs';

test('comes up from a sub-path with every card and no error', async ({ page }) => {
  const errors = watchProblems(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  await (await Explainer.page(page).ready()).expectTitles();
  expect(errors).toEqual([]);
  for (const url of requests) {
    expect(url.startsWith('http://127.0.0.1:4173/news/2024/ip4/'), url).toBe(true);
  }
});

test('the served page already holds every card before any script runs', async ({ request }) => {
  const html = await (await request.get('./')).text();
  for (const id of PINNED_CARDS) expect(html).toContain(card(id).slice(1, -1));
  expect(html).toContain('Jens Stoltenberg');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toContain('style="');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every card title and detail is readable', async ({ page }) => {
    await page.goto('./');
    const cards = Explainer.page(page).locator(S.cards);
    expect(await cards.count()).toBeGreaterThanOrEqual(8);
    for (const card of await cards.all()) {
      await expect(card.locator(S.title)).toBeVisible();
      await expect(card.locator(S.quote).first()).toBeVisible();
    }
    await expect(page.locator(S.tablist)).toBeHidden();
  });

  test('the Embed panel offers the snippets as files, and no control that would do nothing', async ({ page }) => {
    await page.goto('./');
    const panel = page.locator('.embed-panel');
    await panel.getByText('Embed this explainer').click();
    await expect(panel.getByRole('link', { name: 'The snippet as a file' })).toHaveCount(2);
    await expect(panel.getByRole('link', { name: 'The snippet as a file' }).first()).toBeVisible();
    await expect(panel.locator('textarea, button')).toHaveCount(0);
  });
});

test('no page or snippet in dist/ carries an inline script or style', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const files = [
    ...readdirSync(DIST).filter((f) => f.endsWith('.html')).map((f) => `${DIST}/${f}`),
    ...readdirSync(`${DIST}/snippets`).filter((f) => f.endsWith('.html')).map((f) => `${DIST}/snippets/${f}`),
  ];
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html, file).not.toMatch(/<style[\s>]/);
    expect(html, file).not.toMatch(/\sstyle=/);
    expect(html, file).not.toMatch(/\son[a-z]+=/);
  }
});

test('the Embed panel shows both snippets for where the page is deployed, with copy buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const snippets = [];
  page.on('request', (r) => r.url().includes('/snippets/') && snippets.push(r.url()));
  await page.goto('./');
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  expect(snippets, 'nothing loads for the panel until it opens').toEqual([]);
  // Form fields in the page cost its start a layout of the closed panel (embed-panel.js).
  await expect(page.locator('textarea')).toHaveCount(0);
  await page.getByText('Embed this explainer').click();
  const element = page.locator('#snippet-element');
  await expect(element).toHaveValue(/<nato-ip4-explainer>/);
  await expect(element).toHaveValue(/src="http:\/\/127\.0\.0\.1:4173\/news\/2024\/ip4\/embed\.js"/);
  await expect(page.locator('#snippet-iframe')).toHaveValue(/src="http:\/\/127\.0\.0\.1:4173\/news\/2024\/ip4\/frame\.html"/);
  await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await expect(page.locator('.embed-status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#snippet-iframe').inputValue());
});

test('the sample article embeds the widget both ways', async ({ page }) => {
  const errors = watchProblems(page);
  await page.setViewportSize({ width: 1000, height: 4000 });
  await page.goto('sample.html');
  await Explainer.element(page).ready();
  await Explainer.frame(page).ready();
  expect(errors).toEqual([]);
});
