// What a host page must trust, and what a bad moment does to it: the iframe mode's pinned
// host files and narrow sandbox, no referrer from any of our requests, our own pages' policy,
// a failed load that the next element recovers from, and hostile hosts (options that throw,
// a closed shadow root, a second deployment on the same page).
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WIDGET, WIDGET_ORIGIN, frames, openHost, watchProblems } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';
import { DIST, SECOND_RELEASE, SECOND_WIDGET } from '../support/server.mjs';
import { RELEASE } from '../../static/contract.js';

const ours = (problems) => problems.filter((problem) => problem.includes('nato-ip4-explainer'));

test.describe('the iframe mode trusts nothing live', () => {
  test('its host script and stylesheet load pinned, and the browser checks their integrity', async ({ page }) => {
    const problems = watchProblems(page);
    const loaded = [];
    page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
    await openHost(page, { embed: 'iframe' });
    await Explainer.frame(page).ready();
    const host = page.locator('script[src$="frame-host.js"]');
    const integrity = await host.getAttribute('integrity');
    const path = new URL(await host.getAttribute('src')).pathname.slice('/news/2024/ip4/'.length);
    expect(path).toMatch(/^v\/[0-9a-f]{10}\/frame-host\.js$/);
    expect(integrity).toBe(`sha384-${createHash('sha384').update(readFileSync(`${DIST}/${path}`)).digest('base64')}`);
    expect(loaded).toContain(`/news/2024/ip4/${path}`);
    expect(problems).toEqual([]);
  });

  test('a host script that is not what the snippet pinned does not run', async ({ page }) => {
    const problems = watchProblems(page);
    await page.route('**/v/*/frame-host.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nwindow.tampered = true;` });
    });
    await openHost(page, { embed: 'iframe' });
    await Explainer.frame(page).ready();
    await expect.poll(() => problems.some((p) => /integrity/i.test(p))).toBe(true);
    expect(await page.evaluate(() => window.tampered ?? false)).toBe(false);
  });

  test('an iframe snippet pasted before the pinning still works', async ({ page }) => {
    const problems = watchProblems(page);
    await openHost(page, { embed: 'iframe', legacy: 1 });
    await expect(page.locator('script[src$="/ip4/frame-host.js"]')).toHaveCount(1);
    const frame = await Explainer.frame(page).ready();
    const iframe = page.locator('iframe[data-nato-ip4]');
    const closed = (await iframe.boundingBox()).height;
    await frame.toggle('japan').click();
    await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(closed + 100);
    expect(problems).toEqual([]);
  });

  test('its sandbox holds scripts only, and no link or control in the frame is dead', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    const problems = watchProblems(page);
    await openHost(page, { embed: 'iframe' });
    await expect(page.locator('iframe[data-nato-ip4]')).toHaveAttribute('sandbox', 'allow-scripts');
    const frame = await Explainer.frame(page).ready();
    await frame.expectEveryControlWorks();
    expect(page.url()).toContain('/article.html');
    expect(problems).toEqual([]);
  });
});

test('no request of ours is told the host page\'s address', async ({ page }) => {
  const told = [];
  page.on('request', async (request) => {
    if (new URL(request.url()).origin !== WIDGET_ORIGIN) return;
    const referer = (await request.allHeaders()).referer;
    if (referer) told.push(`${request.url()} <- ${referer}`);
  });
  await openHost(page, { embed: 'element,iframe' });
  await Explainer.element(page).ready();
  await Explainer.frame(page).ready();
  await page.waitForLoadState('networkidle');
  expect(told).toEqual([]);
});

test.describe('our own pages defend themselves', () => {
  for (const name of ['index.html', 'frame.html']) {
    test(`${name} carries a policy: our own files, no inline script or style, Trusted Types`, async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(`${WIDGET}${name}`);
      await Explainer.page(page).ready();
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("require-trusted-types-for 'script'");
      expect(policy).not.toContain('unsafe-inline');
      expect(problems, 'the widget itself works under it').toEqual([]);
      // It holds: no HTML string becomes markup, no inline script runs.
      const refused = await page.evaluate(() => {
        const out = [];
        try {
          document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.injected = 1">');
        } catch (error) {
          out.push(error.name);
        }
        try {
          document.createElement('script').textContent = 'window.injected = 2';
        } catch (error) {
          out.push(error.name);
        }
        // Built node by node, past Trusted Types: the policy still runs no inline script.
        const script = document.createElement('script');
        script.append(document.createTextNode('window.injected = 3'));
        document.body.append(script);
        out.push(window.injected ?? 'none');
        return out;
      });
      expect(refused).toEqual(['TypeError', 'TypeError', 'none']);
    });
  }
});

test.describe('a bad moment passes', () => {
  for (const [what, pattern] of [['wasm', '**/nato-ip4_bg.wasm'], ['glue', '**/nato-ip4.js']]) {
    test(`after the first ${what} request fails, the element keeps its fallback, and the next element starts`, async ({ page }) => {
      const problems = watchProblems(page);
      let dropped = 0;
      await page.route(pattern, (route) => (dropped++ === 0 ? route.abort('connectionreset') : route.continue()));
      await openHost(page, { embed: 'element' });
      const first = Explainer.element(page, 0);
      await expect.poll(() => ours(problems).length).toBe(1);
      await first.notReady();
      await expect(first.locator('.nato-ip4-fallback li')).toHaveCount(8);
      // The network is back: an element added further down the page loads afresh.
      await page.evaluate(() => {
        const next = document.createElement('nato-ip4-explainer');
        document.querySelector('p.after').before(next);
      });
      await Explainer.element(page, 1).ready();
      // And so does mount().
      await page.evaluate(() => {
        const target = document.createElement('div');
        target.id = 'target';
        document.body.append(target);
      });
      const mounted = await page.evaluate(async (embed) => {
        const { mount } = await import(embed);
        return (await mount(document.getElementById('target'), {})) !== null;
      }, `${WIDGET}embed.js`);
      expect(mounted).toBe(true);
      await frames(page, 10);
      expect(ours(problems), 'one report, for the element that failed').toHaveLength(1);
      expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    });
  }
});

test.describe('hostile hosts', () => {
  test('mount() and update() never throw, whatever they are given', async ({ page }) => {
    const problems = watchProblems(page);
    await openHost(page, { target: 1 });
    const outcome = await page.evaluate(async (embed) => {
      const { mount } = await import(embed);
      const trap = () => { throw new Error('hostile'); };
      const proxy = new Proxy({}, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap, has: trap });
      const getter = Object.defineProperty({ view: 'people' }, 'theme', { enumerable: true, get: trap });
      const said = [];
      const attempt = async (name, run) => {
        try {
          said.push(`${name}: ${await run()}`);
        } catch (error) {
          said.push(`${name}: threw ${error}`);
        }
      };
      let handle;
      await attempt('mount(proxy element)', async () => (await mount(new Proxy(document.getElementById('target'), { getPrototypeOf: trap }), {})) === null);
      await attempt('mount(element, proxy)', async () => {
        handle = await mount(document.getElementById('target'), proxy);
        return handle !== null;
      });
      await attempt('update(proxy)', () => handle.update(proxy) ?? 'ok');
      await attempt('update(getter)', () => handle.update(getter) ?? 'ok');
      await attempt('update(null)', () => handle.update(null) ?? 'ok');
      await attempt('update(42)', () => handle.update(42) ?? 'ok');
      await attempt('update({ view: "figures" })', () => handle.update({ view: 'figures' }) ?? 'ok');
      await attempt('unmount()', () => handle.unmount() ?? 'ok');
      await attempt('unmount() again', () => handle.unmount() ?? 'ok');
      await attempt('update() after unmount', () => handle.update({ view: 'people' }) ?? 'ok');
      return said;
    }, `${WIDGET}embed.js`);
    expect(outcome).toEqual([
      'mount(proxy element): true',
      'mount(element, proxy): true',
      'update(proxy): ok',
      'update(getter): ok',
      'update(null): ok',
      'update(42): ok',
      'update({ view: "figures" }): ok',
      'unmount(): ok',
      'unmount() again: ok',
      'update() after unmount: ok',
    ]);
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    expect(ours(problems).length).toBeGreaterThan(0);
  });

  test('a host that gave the element a closed shadow root keeps the fallback, with one console error', async ({ page }) => {
    const problems = watchProblems(page);
    await page.addInitScript(() => {
      // As soon as the parser has made the element, before our script defines it: the host's
      // own root, closed.
      const observer = new MutationObserver(() => {
        const element = document.querySelector('nato-ip4-explainer');
        if (!element) return;
        observer.disconnect();
        element.attachShadow({ mode: 'closed' }).append(document.createElement('slot'));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await openHost(page, { embed: 'element' });
    await expect.poll(() => ours(problems).length).toBe(1);
    await frames(page, 10);
    expect(ours(problems)).toHaveLength(1);
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await expect(page.locator('nato-ip4-explainer .nato-ip4-fallback h2')).toBeVisible();
    await expect(page.locator('nato-ip4-explainer')).not.toHaveAttribute('data-ready', '');
  });

  test('two deployments on one page: one warning naming both, and every element runs the first', async ({ page }) => {
    const warnings = watchProblems(page, { type: 'warning' });
    const problems = watchProblems(page);
    const wasm = [];
    page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).origin));
    await openHost(page, { embed: 'element', second: 'element' });
    await Explainer.element(page, 0).ready();
    await Explainer.element(page, 1).ready();
    const ours = warnings.filter((w) => w.includes('nato-ip4-explainer'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain(`release ${RELEASE} from ${WIDGET}embed.js`);
    expect(ours[0]).toContain(`release ${SECOND_RELEASE} from ${SECOND_WIDGET}embed.js`);
    expect([...new Set(wasm)]).toEqual([WIDGET_ORIGIN]);
    expect(problems).toEqual([]);
  });
});
