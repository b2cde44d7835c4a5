// The widget on a newsroom's article page, on another origin: the custom element and the
// iframe, with hostile CSS, a strict policy, JavaScript off and deep links.
import { test, expect } from '@playwright/test';
import {
  WIDGET, WIDGET_ORIGIN, HOST_ORIGIN, openHost, recordLayoutShifts, layoutShift, watchProblems,
} from './hosts.mjs';
import { EIGHT } from './cards.mjs';


const element = (page) => page.locator('nato-ip4-explainer').first();
const frameOf = (page) => page.frameLocator('iframe[data-nato-ip4]').first();

test.describe('custom element', () => {
  test('comes up on another origin, marks itself ready and fires ready', async ({ page }) => {
    const problems = watchProblems(page);
    await page.addInitScript(() => {
      window.__ready = 0;
      document.addEventListener('DOMContentLoaded', () => {
        document.querySelector('nato-ip4-explainer').addEventListener('ready', () => window.__ready++);
      });
    });
    await openHost(page, { embed: 'element' });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    for (const id of EIGHT) {
      await expect(element(page).locator(`[data-card="${id}"] .ip4-card-title`)).toBeVisible();
    }
    expect(await page.evaluate(() => window.__ready)).toBe(1);
    const inShadow = await page.evaluate(() =>
      document.querySelector('nato-ip4-explainer').shadowRoot.querySelector('.ip4') !== null);
    expect(inShadow).toBe(true);
    expect(problems).toEqual([]);
  });

  test('two instances on one page are independent', async ({ page }) => {
    await openHost(page, { embed: 'element,element' });
    const [first, second] = await page.locator('nato-ip4-explainer').all();
    await expect(first).toHaveAttribute('data-ready', '');
    await expect(second).toHaveAttribute('data-ready', '');
    const toggle = (el) => el.locator('[data-card="ai"] button[aria-expanded]');
    await toggle(first).click();
    await expect(toggle(first)).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle(second)).toHaveAttribute('aria-expanded', 'false');
  });

  test('attributes set theme, view and the open card', async ({ page }) => {
    await openHost(page, { embed: 'element', attrs: 'theme="dark" view="figures" card="baseline"' });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    await expect(element(page).locator('.ip4')).toHaveAttribute('data-theme', 'dark');
    await expect(element(page).locator('[role=tab][aria-selected=true]')).toHaveText('Figures');
    await expect(element(page).locator('[data-card="baseline"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
  });

  test('a bad attribute gives one console error naming it and the default', async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openHost(page, { embed: 'element', attrs: 'theme="neon"' });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    await expect(element(page).locator('.ip4')).toHaveAttribute('data-theme', 'auto');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"theme"');
  });

  test('mount(element, options) is exported and never throws into the page', async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
    await openHost(page, { target: 1 });
    const result = await page.evaluate(async (url) => {
      const { mount } = await import(url);
      const handle = await mount(document.getElementById('target'), { view: 'people', size: 'xl' });
      const nothing = await mount(null, {});
      return { mounted: handle !== null, nothing };
    }, `${WIDGET}embed.js`);
    expect(result).toEqual({ mounted: true, nothing: null });
    await expect(page.locator('#target')).toHaveAttribute('data-ready', '');
    await expect(page.locator('#target [role=tab][aria-selected=true]')).toHaveText('People');
    expect(errors.filter((e) => e.includes('"size"'))).toHaveLength(1);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  test('hostile host CSS changes nothing in how it looks or works', async ({ page, context }) => {
    // Every box in the shadow root, relative to the element, with the styles that decide
    // how it reads: identical under a hostile stylesheet.
    const layout = async (target, css) => {
      await target.setViewportSize({ width: 800, height: 1400 });
      await openHost(target, { embed: 'element', css });
      await expect(element(target)).toHaveAttribute('data-ready', '');
      return element(target).evaluate((host) => {
        const origin = host.getBoundingClientRect();
        const rendered = [...host.shadowRoot.querySelectorAll('*')].filter((n) => n.getClientRects().length > 0);
        return rendered.map((node) => {
          const box = node.getBoundingClientRect();
          const style = getComputedStyle(node);
          // Rounded to a hundredth of a pixel: SVG boxes differ in the last float digits.
          const px = (n) => n.toFixed(2);
          return [node.tagName, node.getAttribute('class'), px(box.x - origin.x), px(box.y - origin.y), px(box.width), px(box.height),
            style.font, style.color, style.backgroundColor, style.letterSpacing, style.display].join(' ');
        });
      });
    };
    const plain = await layout(page, 'none');
    const hostile = await context.newPage();
    expect(await layout(hostile, 'hostile')).toEqual(plain);

    const button = element(hostile).locator('[data-card="japan"] button[aria-expanded]');
    await button.focus();
    await hostile.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    await hostile.keyboard.press('Space');
    await expect(element(hostile).locator('[data-card="japan"] .ip4-card-body')).toBeHidden();
  });

  test('removed and added again, it comes back working without errors', async ({ page }) => {
    const problems = watchProblems(page);
    await openHost(page, { embed: 'element' });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    await page.evaluate(() => {
      const el = document.querySelector('nato-ip4-explainer');
      const parent = el.parentNode;
      el.remove();
      parent.append(el);
    });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    const toggle = element(page).locator('[data-card="japan"] button[aria-expanded]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate(() =>
      document.querySelector('nato-ip4-explainer').shadowRoot.querySelectorAll('.ip4').length)).toBe(1);
    expect(problems).toEqual([]);
  });
});

test.describe('zero layout shift on the host page', () => {
  for (const width of [360, 1280]) {
    test(`element at ${width} px, and the reserved height fits`, async ({ page }) => {
      await page.setViewportSize({ width, height: 2400 });
      await recordLayoutShifts(page);
      await openHost(page, { embed: 'element' });
      await expect(element(page)).toHaveAttribute('data-ready', '');
      await page.waitForTimeout(500);
      expect(await layoutShift(page)).toBe(0);
      // As tests/engines/embed.spec.mjs prints it for Firefox and WebKit.
      const [reserved, widget] = await element(page).evaluate((el) =>
        [el.getBoundingClientRect().height, el.shadowRoot.querySelector('.ip4').getBoundingClientRect().height]);
      console.log(`chromium element at ${width} px: reserved ${reserved.toFixed(1)} px, widget ${widget.toFixed(1)} px, gap ${(reserved - widget).toFixed(1)} px`);
      expect(Math.abs(reserved - widget)).toBeLessThanOrEqual(8);
    });

    test(`element at ${width} px, with a chosen view and card`, async ({ page }) => {
      await page.setViewportSize({ width, height: 2400 });
      await recordLayoutShifts(page);
      await openHost(page, { embed: 'element', attrs: 'view="figures" card="baseline"' });
      await expect(element(page)).toHaveAttribute('data-ready', '');
      await expect(element(page).locator('[data-card="baseline"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
      await page.waitForTimeout(500);
      expect(await layoutShift(page)).toBe(0);
    });

    test(`iframe at ${width} px, under iframe { height: 100% }`, async ({ page }) => {
      await page.setViewportSize({ width, height: 2400 });
      await recordLayoutShifts(page);
      await openHost(page, { embed: 'iframe', css: 'iframe-full-height' });
      await expect(frameOf(page).locator('#nato-ip4')).toHaveAttribute('data-ready', '');
      await page.waitForTimeout(500);
      expect(await layoutShift(page)).toBe(0);
    });
  }
});

test.describe('events for the host page', () => {
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
      const root = embed === 'element' ? element(page) : frameOf(page);
      await expect(embed === 'element' ? element(page) : root.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
      const japan = root.locator('[data-card="japan"] button[aria-expanded]');
      await japan.click();
      await expect(japan).toHaveAttribute('aria-expanded', 'true');
      await japan.click();
      await expect(japan).toHaveAttribute('aria-expanded', 'false');
      await root.getByRole('tab', { name: 'People' }).click();
      const on = embed === 'element' ? 'nato-ip4-explainer' : 'iframe';
      await expect.poll(() => page.evaluate(() => window.__events)).toEqual([
        `nato-ip4:card on ${on} composed=false {"card":"japan","open":true}`,
        `nato-ip4:card on ${on} composed=false {"card":"japan","open":false}`,
        `nato-ip4:view on ${on} composed=false {"view":"people"}`,
      ]);
    });
  }
});

test.describe('iframe', () => {
  test('grows when a card opens and shrinks when it closes', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 1200 });
    await openHost(page, { embed: 'iframe' });
    const frame = frameOf(page);
    await expect(frame.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    const iframe = page.locator('iframe[data-nato-ip4]');
    const height = async () => (await iframe.boundingBox()).height;
    const closed = await height();
    const contentHeight = () => frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    expect(Math.abs(closed - await contentHeight())).toBeLessThan(1);

    await frame.locator('[data-card="japan"] button[aria-expanded]').click();
    await expect.poll(height).toBeGreaterThan(closed + 100);
    expect(Math.abs(await height() - await contentHeight())).toBeLessThan(1);

    await frame.locator('[data-card="japan"] button[aria-expanded]').click();
    await expect.poll(height).toBeLessThan(closed + 1);
  });

  test('forged and replayed messages from other windows change nothing', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 1200 });
    await openHost(page, { embed: 'iframe', other: 1 });
    await expect(frameOf(page).locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    const iframe = page.locator('iframe[data-nato-ip4]');
    const before = (await iframe.boundingBox()).height;
    await page.evaluate(() => {
      const forged = { namespace: 'nato-ip4-explainer', version: 1, type: 'height', height: 42 };
      window.postMessage(forged, '*');
      document.getElementById('other').contentWindow.parent.postMessage(forged, '*');
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 42 }, '*');
    });
    await page.waitForTimeout(300);
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
});

test.describe('strict host policy', () => {
  for (const mode of ['element', 'iframe']) {
    test(`${mode} snippet works with no violation`, async ({ page }) => {
      const violations = [];
      await page.exposeFunction('__violation', (v) => violations.push(v));
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
        (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
      const problems = watchProblems(page);
      await openHost(page, { embed: mode, policy: 'strict' });
      const root = mode === 'element' ? element(page) : frameOf(page).locator('#nato-ip4');
      await expect(root).toHaveAttribute('data-ready', '');
      const button = root.locator('[data-card="cybersecurity"] button[aria-expanded]');
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the element snippet shows the headline and the eight titles', async ({ page }) => {
    await openHost(page, { embed: 'element' });
    const fallback = page.locator('nato-ip4-explainer .nato-ip4-fallback');
    await expect(fallback.locator('h2')).toContainText('NATO to Collaborate');
    await expect(fallback.locator('li')).toHaveCount(8);
    for (const li of await fallback.locator('li').all()) await expect(li).toBeVisible();
  });

  test('the frame shows every card title', async ({ page }) => {
    await page.goto(`${WIDGET}frame.html`);
    for (const card of await page.locator('[data-card]').all()) {
      await expect(card.locator('.ip4-card-title')).toBeVisible();
    }
  });
});

test.describe('deep links', () => {
  test('on the widget page, #nato-ip4/<card> opens the card and brings it into view', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${WIDGET}#nato-ip4/thursday-talks`);
    // Once started: while the wasm swaps itself in, the page holds two copies for a moment.
    await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    const card = page.locator('[data-card="thursday-talks"]');
    await expect(card.locator('button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    await expect(card).toBeInViewport();
    await page.evaluate(() => { location.hash = '#nato-ip4/hicks'; });
    await expect(page.locator('[data-card="hicks"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[data-card="hicks"]')).toBeInViewport();
  });

  test('in the frame', async ({ page }) => {
    await page.goto(`${WIDGET}frame.html#nato-ip4/new-zealand`);
    await expect(page.locator('[data-card="new-zealand"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
  });

  test('in element mode, a hash the host page loads with opens the card and brings it into view', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto(`${HOST_ORIGIN}/article.html?embed=element#nato-ip4/stoltenberg`);
    const card = element(page).locator('[data-card="stoltenberg"]');
    await expect(card.locator('button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    await expect(card).toBeInViewport();
  });

  test("in element mode, the host page's own hash, and each card links to itself", async ({ page }) => {
    await openHost(page, { embed: 'element' });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    await page.evaluate(() => { location.hash = '#nato-ip4/stoltenberg'; });
    const stoltenberg = element(page).locator('[data-card="stoltenberg"]');
    await expect(stoltenberg.locator('button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    await stoltenberg.locator('.ip4-card-link').click();
    expect(new URL(page.url()).hash).toBe('#nato-ip4/stoltenberg');
  });
});

test.describe('privacy', () => {
  test('no request leaves our two origins, and nothing is stored', async ({ page, context }) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await openHost(page, { embed: 'element,iframe' });
    await expect(element(page)).toHaveAttribute('data-ready', '');
    await expect(frameOf(page).locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    await element(page).locator('[data-card="japan"] button[aria-expanded]').click();
    for (const url of requests) {
      expect([WIDGET_ORIGIN, HOST_ORIGIN]).toContain(new URL(url).origin);
    }
    expect(await context.cookies()).toEqual([]);
    const widgetPage = await context.newPage();
    await widgetPage.goto(WIDGET);
    await expect(widgetPage.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
    expect(await widgetPage.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]))
      .toEqual(['', 0, 0]);
  });
});

test('the element loads nothing heavy until it comes within a viewport of being seen', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await page.setViewportSize({ width: 1000, height: 800 });
  await openHost(page, { embed: 'element', spacer: 1 });
  await page.waitForTimeout(1000);
  expect(wasm, 'no wasm while far out of view').toEqual([]);
  await expect(page.locator('nato-ip4-explainer .nato-ip4-fallback h2')).toBeAttached();
  await page.locator('nato-ip4-explainer').scrollIntoViewIfNeeded();
  await expect(page.locator('nato-ip4-explainer')).toHaveAttribute('data-ready', '');
  expect(wasm).toHaveLength(1);
});

test.describe('attributes after start', () => {
  test('theme, view and card take effect without a reload, on that element only', async ({ page }) => {
    await openHost(page, { embed: 'element,element' });
    const [first, second] = await page.locator('nato-ip4-explainer').all();
    await expect(first).toHaveAttribute('data-ready', '');
    await expect(second).toHaveAttribute('data-ready', '');
    await first.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect(first.locator('.ip4')).toHaveAttribute('data-theme', 'dark');
    await first.evaluate((el) => el.setAttribute('view', 'people'));
    await expect(first.locator('[role=tab][aria-selected=true]')).toHaveText('People');
    await first.evaluate((el) => el.setAttribute('card', 'cybersecurity'));
    await expect(first.locator('[role=tab][aria-selected=true]')).toHaveText('Overview');
    await expect(first.locator('[data-card="cybersecurity"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    // Removed, the theme goes back to following the reader's preference.
    await first.evaluate((el) => el.removeAttribute('theme'));
    await expect(first.locator('.ip4')).toHaveAttribute('data-theme', 'auto');
    await expect(second.locator('.ip4')).toHaveAttribute('data-theme', 'auto');
    await expect(second.locator('[role=tab][aria-selected=true]')).toHaveText('Overview');
    await expect(second.locator('[data-card="cybersecurity"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'false');
  });

  test('a bad value gives one console error naming it, and nothing else changes', async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openHost(page, { embed: 'element', attrs: 'theme="dark" view="figures"' });
    const element = page.locator('nato-ip4-explainer');
    await expect(element).toHaveAttribute('data-ready', '');
    await element.evaluate((el) => el.setAttribute('view', 'maps'));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('"view"');
    expect(errors[0]).toContain('"maps"');
    await expect(element.locator('[role=tab][aria-selected=true]')).toHaveText('Figures');
    await expect(element.locator('.ip4')).toHaveAttribute('data-theme', 'dark');
  });

  test('moved, and removed and added again, it still follows its attributes', async ({ page }) => {
    const problems = watchProblems(page);
    await openHost(page, { embed: 'element', target: 1 });
    const element = page.locator('nato-ip4-explainer');
    await expect(element).toHaveAttribute('data-ready', '');
    await page.evaluate(() => document.getElementById('target').append(document.querySelector('nato-ip4-explainer')));
    await expect(element).toHaveAttribute('data-ready', '');
    await element.evaluate((el) => el.setAttribute('card', 'hicks'));
    await expect(element.locator('[data-card="hicks"] button[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    expect(problems).toEqual([]);
  });

  test("mount()'s handle updates the widget it started", async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openHost(page, { target: 1 });
    await page.evaluate(async (url) => {
      const { mount } = await import(url);
      window.__handle = await mount(document.getElementById('target'), { view: 'people' });
    }, `${WIDGET}embed.js`);
    await expect(page.locator('#target')).toHaveAttribute('data-ready', '');
    await page.evaluate(() => window.__handle.update({ view: 'context', theme: 'light', size: 'xl' }));
    await expect(page.locator('#target [role=tab][aria-selected=true]')).toHaveText('Context');
    await expect(page.locator('#target .ip4')).toHaveAttribute('data-theme', 'light');
    expect(errors.filter((e) => e.includes('"size"'))).toHaveLength(1);
    await page.evaluate(() => window.__handle.unmount());
    await expect(page.locator('#target .ip4')).toHaveCount(0);
  });
});
