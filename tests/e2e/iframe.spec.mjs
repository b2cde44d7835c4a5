// The iframe on a host page: it takes the height of what it shows, ignores messages from
// anyone but its own frame, and is titled, lazy and sandboxed.
import { test, expect } from '@playwright/test';
import { frames, openHost } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';

test('grows when a card opens and shrinks when it closes', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1200 });
  await openHost(page, { embed: 'iframe' });
  const frame = await Explainer.frame(page).ready();
  const iframe = page.locator('iframe[data-nato-ip4]');
  const height = async () => (await iframe.boundingBox()).height;
  const closed = await height();
  const contentHeight = () => frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  expect(Math.abs(closed - await contentHeight())).toBeLessThan(1);

  await frame.toggle('japan').click();
  await expect.poll(height).toBeGreaterThan(closed + 100);
  expect(Math.abs(await height() - await contentHeight())).toBeLessThan(1);

  await frame.toggle('japan').click();
  await expect.poll(height).toBeLessThan(closed + 1);
});

test('forged and replayed messages from other windows change nothing', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1200 });
  await openHost(page, { embed: 'iframe', other: 1 });
  await Explainer.frame(page).ready();
  const iframe = page.locator('iframe[data-nato-ip4]');
  const before = (await iframe.boundingBox()).height;
  // Messages to a window are handled in the order they were posted: once a last one of our
  // own has arrived, frame-host.js has answered the forged ones.
  await page.evaluate(() => new Promise((answered) => {
    const forged = { namespace: 'nato-ip4-explainer', version: 1, type: 'height', height: 42 };
    window.postMessage(forged, '*');
    document.getElementById('other').contentWindow.parent.postMessage(forged, '*');
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 42 }, '*');
    const last = 'the test\'s last message';
    addEventListener('message', (event) => event.data === last && answered());
    document.getElementById('other').contentWindow.parent.postMessage(last, '*');
  }));
  await frames(page, 2);
  expect((await iframe.boundingBox()).height).toBe(before);
});

test('is titled, lazy, sandboxed without same-origin, and sends AMP and Pym heights', async ({ page }) => {
  const messages = [];
  await page.exposeFunction('__message', (m) => messages.push(m));
  await page.addInitScript(() => window.addEventListener('message', (e) => window.__message(e.data)));
  await openHost(page, { embed: 'iframe', frame: 'childId=story-1' });
  const iframe = page.locator('iframe[data-nato-ip4]');
  await expect(iframe).toHaveAttribute('title', /NATO/);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  const sandbox = await iframe.getAttribute('sandbox');
  expect(sandbox).toContain('allow-scripts');
  expect(sandbox).not.toContain('allow-same-origin');
  await expect.poll(() => messages.some((m) => m?.sentinel === 'amp' && m.type === 'embed-size' && m.height > 0)).toBe(true);
  await expect.poll(() => messages.some((m) => typeof m === 'string' && /^pymxPYMxstory-1xPYMxheightxPYMx\d/.test(m))).toBe(true);
  for (const m of messages) {
    expect(JSON.stringify(m)).not.toContain('article.html');
    expect(JSON.stringify(m)).not.toContain('Host article');
  }
});
