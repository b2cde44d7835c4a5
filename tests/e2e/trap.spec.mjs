// The release wasm is built with immediate-abort panics: a panic is a bare `unreachable`
// trap, with no message. Forced here by loading the widget from the trap origin, which serves
// the shipped wasm with its memory capped at its initial size (tests/support/trapping.mjs), so
// the wasm traps while it starts. The pages and the element catch it where they catch a
// failed start: one console error naming the widget, the text left readable, nothing thrown
// into the page. (Firefox and WebKit: tests/engines/trap.spec.mjs.)
import { test, expect } from '@playwright/test';
import { frames, openHost, watchProblems } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';
import { TRAP_WIDGET } from '../support/server.mjs';

/** The one console error of a failed start, and nothing thrown. */
function expectOneReport(problems) {
  expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('nato-ip4-explainer: the interactive version could not start');
  // It was the trap.
  expect(problems[0]).toMatch(/unreachable/i);
}

test('a trap while the widget page starts leaves one console error and the text readable', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(TRAP_WIDGET);
  await expect.poll(() => problems.length).toBeGreaterThan(0);
  await frames(page, 10);
  expectOneReport(problems);
  const explainer = Explainer.page(page);
  await explainer.notReady();
  await explainer.expectTitles();
  // The page still answers the reader itself.
  await explainer.toggle('japan').click();
  await explainer.expectOpen('japan');
});

test('a trap while the element starts leaves one console error and its fallback', async ({ page }) => {
  const problems = watchProblems(page);
  await openHost(page, { embed: 'element', widget: 'trap' });
  await expect.poll(() => problems.length).toBeGreaterThan(0);
  await frames(page, 10);
  expectOneReport(problems);
  const element = Explainer.element(page);
  await element.notReady();
  await expect(element.locator('.nato-ip4-fallback h2')).toBeVisible();
  await expect(element.locator('.nato-ip4-fallback li', { hasText: 'New Zealand' })).toBeVisible();
  await expect(page.locator('p.after')).toBeVisible();
});
