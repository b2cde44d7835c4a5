// A host page's strict Content Security Policy, and its readers' privacy: both snippets work
// with no violation, no request leaves our two origins and nothing is stored.
import { test, expect } from '@playwright/test';
import { WIDGET, WIDGET_ORIGIN, HOST_ORIGIN, openHost, watchProblems } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';

for (const mode of ['element', 'iframe']) {
  test(`${mode} snippet works under a strict policy with no violation`, async ({ page }) => {
    const violations = [];
    await page.exposeFunction('__violation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
      (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
    const problems = watchProblems(page);
    await openHost(page, { embed: mode, policy: 'strict' });
    const explainer = await (mode === 'element' ? Explainer.element(page) : Explainer.frame(page)).ready();
    await explainer.toggle('cybersecurity').click();
    await explainer.expectOpen('cybersecurity');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('no request leaves our two origins, and nothing is stored', async ({ page, context }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await openHost(page, { embed: 'element,iframe' });
  const element = await Explainer.element(page).ready();
  await Explainer.frame(page).ready();
  await element.toggle('japan').click();
  for (const url of requests) {
    expect([WIDGET_ORIGIN, HOST_ORIGIN]).toContain(new URL(url).origin);
  }
  expect(await context.cookies()).toEqual([]);
  const widgetPage = await context.newPage();
  await widgetPage.goto(WIDGET);
  await Explainer.page(widgetPage).ready();
  expect(await widgetPage.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]))
    .toEqual(['', 0, 0]);
});
