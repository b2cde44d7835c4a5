// Events for the host page: the element and the iframe tell the page which cards the reader
// opens and closes and which tab they choose, as events that bubble to the document.
import { test, expect } from '@playwright/test';
import { openHost } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';

for (const embed of ['element', 'iframe']) {
  test(`the ${embed} tells the page which cards the reader opens and closes and which tab they choose`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__events = [];
      for (const type of ['nato-ip4:card', 'nato-ip4:view']) {
        // On the document: only events that bubble arrive here.
        document.addEventListener(type, (e) => window.__events.push(
          `${type} on ${e.target.localName} composed=${e.composed} ${JSON.stringify(e.detail)}`));
      }
    });
    await openHost(page, { embed });
    const explainer = await (embed === 'element' ? Explainer.element(page) : Explainer.frame(page)).ready();
    await explainer.toggle('japan').click();
    await explainer.expectOpen('japan');
    await explainer.toggle('japan').click();
    await explainer.expectOpen('japan', false);
    await explainer.tab('People').click();
    const on = embed === 'element' ? 'nato-ip4-explainer' : 'iframe';
    await expect.poll(() => page.evaluate(() => window.__events)).toEqual([
      `nato-ip4:card on ${on} composed=false {"card":"japan","open":true}`,
      `nato-ip4:card on ${on} composed=false {"card":"japan","open":false}`,
      `nato-ip4:view on ${on} composed=false {"view":"people"}`,
    ]);
  });
}
