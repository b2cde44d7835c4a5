// The iframe on a host page: it takes the height of what it shows, ignores messages from
// anyone but its own frame, and is titled, lazy and sandboxed.
import { test, expect } from '@playwright/test';
import { HOST_ORIGIN, WIDGET, frames, openHost } from '../support/hosts.mjs';
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

test('a frame not laid out yet tells WordPress its own height, and no one a height of nothing', async ({ page }) => {
  // WordPress shows its frame at 200 px for any height under that; told 0, then the real
  // height, it moved the page twice. Here the frame's page is kept from laying out (as
  // frame.css hides it) until the test shows it. Every dialect is heard: WordPress's, AMP's
  // and ours.
  await page.route('**/frame.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\nhtml{display:none}` });
  });
  await page.goto(`${HOST_ORIGIN}/article.html`);
  const secret = 'aBc123XyZ9';
  // Resolves once the frame has loaded: its own load listeners have run by then.
  await page.evaluate((src) => new Promise((loaded) => {
    window.__told = { wordpress: [], others: [] };
    addEventListener('message', ({ data }) => {
      if (data?.message === 'height') window.__told.wordpress.push(data.value);
      else if (typeof data?.height === 'number') window.__told.others.push(data.height);
    });
    const iframe = Object.assign(document.createElement('iframe'), { src, id: 'wp', width: 600, height: 300 });
    iframe.addEventListener('load', loaded, { once: true });
    document.body.prepend(iframe);
  }), `${WIDGET}frame.html#?secret=${secret}`);
  const frame = page.frameLocator('#wp');
  // Asked, as wp-embed.js asks each frame when it starts.
  await page.locator('#wp').evaluate((iframe, s) => iframe.contentWindow.postMessage({ message: 'ready', secret: s }, '*'), secret);
  // Shown: the frame speaks with its real height. Messages from one window arrive in order,
  // so whatever it told before has arrived.
  const real = await frame.locator('html').evaluate((html) => {
    html.style.display = 'block';
    return Math.ceil(html.getBoundingClientRect().height);
  });
  await expect.poll(() => page.evaluate(() => window.__told.wordpress.at(-1))).toBe(real);
  const { wordpress, others } = await page.evaluate(() => window.__told);
  expect(wordpress[0], `told WordPress: ${wordpress.join(', ')}`).toBe(300);
  expect(new Set(wordpress), `told WordPress: ${wordpress.join(', ')}`).toEqual(new Set([300, real]));
  expect(others.length).toBeGreaterThan(0);
  expect(Math.min(...others), `told in the other dialects: ${others.join(', ')}`).toBeGreaterThan(200);
});
