// A screenshot of a URL paste in WordPress, for docs/content-systems.md: an Author pastes the widget
// page's address into an Embed block of a post on a site without our plugin.
// Usage (after `make test-build`):
//   node tools/wordpress-screenshot.mjs docs/wordpress-url-paste.png
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/support/chromium.mjs';
import { serve, DIST, WIDGET_PORT, PREFIX, WIDGET } from '../tests/support/server.mjs';
import { block, startWordPress, PLAIN_PORT } from '../tests/support/wordpress.mjs';

const out = process.argv[2] ?? 'target/wordpress-url-paste.png';
const widget = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
const wordpress = await startWordPress();
const browser = await chromium.launch(launchOptions);
try {
  const { user, password } = wordpress.credentials[PLAIN_PORT].author;
  const url = `${WIDGET}index.html`;
  const content = [
    block.paragraph('NATO and four Indo-Pacific partners agreed on joint work in four areas. The explainer below, pasted into this post as its address alone, sets out what the article says about each.'),
    block.embed(url),
    block.paragraph('The article goes on after the explainer.'),
  ].join('\n\n');
  const response = await fetch(`http://127.0.0.1:${PLAIN_PORT}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    body: JSON.stringify({ title: 'NATO and its Indo-Pacific partners', content, status: 'publish' }),
  });
  const { link } = await response.json();
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  await page.goto(link);
  await page.frameLocator('iframe.wp-embedded-content').locator('#nato-ip4[data-ready]').waitFor();
  await page.locator('iframe.wp-embedded-content').scrollIntoViewIfNeeded();
  await page.locator('h1').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  await wordpress.stop();
  widget.close();
}
