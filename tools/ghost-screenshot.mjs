// A screenshot of a URL paste in Ghost, for docs/content-systems.md: the widget page's address
// pasted into a post, which Ghost's editor turns into an Embed card from its own oEmbed lookup.
// Usage (after `make test-build` and `make setup-ghost`):
//   node tools/ghost-screenshot.mjs docs/ghost-url-paste.png
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/support/chromium.mjs';
import { serve, DIST, WIDGET_PORT, PREFIX, WIDGET } from '../tests/support/server.mjs';
import { embedCard, paragraph, startGhost } from '../tests/support/ghost.mjs';

const out = process.argv[2] ?? 'target/ghost-url-paste.png';
const widget = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
const ghost = await startGhost();
const browser = await chromium.launch(launchOptions);
try {
  const url = `${WIDGET}index.html`;
  const link = await ghost.publish('NATO and its Indo-Pacific partners', [
    paragraph('NATO and four Indo-Pacific partners agreed on joint work in four areas. The explainer below, pasted into this post as its address alone, sets out what the article says about each.'),
    embedCard(url, await ghost.oembed(url)),
    paragraph('The article goes on after the explainer.'),
  ]);
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  await page.goto(link);
  await page.frameLocator('iframe[data-nato-ip4]').locator('#nato-ip4[data-ready]').waitFor();
  await page.locator('h1').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  await ghost.stop();
  widget.close();
}
