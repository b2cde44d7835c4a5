// The widget in a real WordPress (Debian's 6.1, Twenty Twenty-Three; tests/support/wordpress.mjs):
// posts published through the REST API as the block editor and the Classic editor store them,
// by an Administrator, an Editor and an Author, on a site without our plugin and on one with
// it; the public pages read in Chromium as a reader would.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { block, startWordPress, PLAIN_PORT, PLUGIN_PORT } from '../support/wordpress.mjs';
import { WIDGET, frames, recordLayoutShifts, layoutShift, shiftsSeen, watchProblems } from '../support/hosts.mjs';
import { DIST } from '../support/server.mjs';
import { linksAndText, readFeed } from '../support/feeds.mjs';
import { Explainer, PINNED_CARDS, S } from '../support/explainer.mjs';

// In order, in one worker: one WordPress for the whole file.
test.describe.configure({ mode: 'default' });
test.setTimeout(90_000);

const PAGE = `${WIDGET}index.html`;
const PLUGIN_FILE = `${DIST}/wordpress/nato-ip4-explainer.php`;

let wordpress;
test.beforeAll(async () => {
  // Another worker's run of this file may hold the servers' ports first (with
  // `--repeat-each`): serverGroup waits up to 20 minutes for them, then the start.
  test.setTimeout(25 * 60_000);
  wordpress = await startWordPress();
});
test.afterAll(async () => {
  await wordpress?.stop();
});

// ----------------------------------------------------------------- posts, as editors store them

const BEFORE = Array.from({ length: 2 }, (_, i) => `Before the explainer, paragraph ${i + 1} of the article on this site.`);
// Enough of the article to put the explainer below the first screen, as in most articles.
const LONG_BEFORE = Array.from({ length: 12 }, (_, i) => `Further up the article, paragraph ${i + 1}, ${'with the story told in full '.repeat(4)}.`);
const AFTER = Array.from({ length: 3 }, (_, i) => `After the explainer, paragraph ${i + 1} of the article on this site.`);

/** A block-editor post: the article's paragraphs around `middle` (one block). */
const blockPost = (middle, before = BEFORE) => [...before.map(block.paragraph), middle, ...AFTER.map(block.paragraph)].join('\n\n');
/** A Classic-editor post: plain text with blank lines between paragraphs (wpautop runs on it). */
const classicPost = (middle) => [...BEFORE, middle, ...AFTER].join('\n\n');

async function publish(request, port, role, title, content) {
  const { user, password } = wordpress.credentials[port][role];
  const response = await request.post(`http://127.0.0.1:${port}/?rest_route=/wp/v2/posts`, {
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    data: { title, content, status: 'publish' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).link;
}

const snippet = (name) => readFileSync(`${DIST}/snippets/${name}.html`, 'utf8').trim();

// ------------------------------------------------------------------------------- what readers get

/** The article's own paragraphs after the widget: visible, outside it, in order, below it. */
async function expectArticleAfter(page, widget) {
  const bottom = (await widget.boundingBox()).y + (await widget.boundingBox()).height;
  let last = bottom - 1;
  for (const text of AFTER) {
    const paragraph = page.locator('p', { hasText: text });
    await expect(paragraph).toBeVisible();
    expect(await paragraph.evaluate((p) => p.closest('nato-ip4-explainer, iframe') === null)).toBe(true);
    const top = (await paragraph.boundingBox()).y;
    expect(top).toBeGreaterThan(last);
    last = top;
  }
}

/** Opens and closes a card of `explainer` (an Explainer), by click. */
async function expectCardsWork(explainer) {
  await explainer.toggle('japan').click();
  await explainer.expectOpen('japan');
  await expect(explainer.body('japan')).toBeVisible();
  await explainer.toggle('japan').click();
  await explainer.expectOpen('japan', false);
}

/** Opens every card of the Initiatives and Partners; returns the frame's height after. */
async function openAll(frame) {
  for (const id of PINNED_CARDS) {
    await frame.toggle(id).click();
    await frame.expectOpen(id);
  }
}

const heightOf = (locator) => locator.evaluate((el) => el.getBoundingClientRect().height);

async function readerPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await recordLayoutShifts(page);
  // Layout shifts once WordPress shows a discovered embed's frame (it removes the frame's
  // hiding style when the frame first speaks, and hides its blockquote).
  await page.addInitScript(() => {
    if (window !== top) return;
    window.__shiftsAfterShown = [];
    let shown = Infinity;
    // What the frame told WordPress, and when: said too, should a test fail.
    window.__heightsTold = [];
    addEventListener('message', (event) => {
      if (event.data?.message === 'height') window.__heightsTold.push(`${event.data.value} at ${performance.now().toFixed(0)} ms`);
    });
    new MutationObserver(() => {
      if (shown === Infinity && document.querySelector('iframe.wp-embedded-content:not([style])')) {
        shown = performance.now();
        window.__heightsTold.push(`(shown at ${shown.toFixed(0)} ms)`);
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['style'] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput || entry.startTime < shown) continue;
        // What moved, for the message of a test that fails.
        const moved = entry.sources.map((source) => `${source.node?.nodeName ?? '?'}.${source.node?.className ?? ''}`
          + ` ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`);
        window.__shiftsAfterShown.push(`${entry.value.toFixed(4)} at ${(entry.startTime - shown).toFixed(0)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, problems, context };
}

// ------------------------------------------------------------------------------------ URL paste

test.describe('a URL paste without our plugin (oEmbed discovery, any role)', () => {
  const cases = [
    ['the widget page in an Embed block', 'author', () => blockPost(block.embed(PAGE))],
    ['the folder on a line of its own in the block editor', 'author', () => blockPost(block.paragraph(WIDGET))],
    ['the widget page on a line of its own in the Classic editor', 'author', () => classicPost(PAGE)],
    ['the folder in an Embed block, pasted by an Editor', 'editor', () => blockPost(block.embed(WIDGET))],
  ];
  for (const [name, role, content] of cases) {
    test(`${name}: WordPress shows our frame and sizes it to the content, up to its cap`, async ({ browser, request }) => {
      const link = await publish(request, PLAIN_PORT, role, name, content());
      const { page, problems, context } = await readerPage(browser);
      await page.goto(link);
      const iframe = page.locator('iframe.wp-embedded-content');
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      await expect(iframe).toHaveAttribute('src', /frame\.html#\?secret=[A-Za-z0-9]{10}$/);
      const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
      // Shown (WordPress hides it until the frame speaks), the blockquote gone, full width.
      await expect(iframe).toBeVisible();
      await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
      const column = await page.locator('p', { hasText: BEFORE[0] }).evaluate((p) => p.getBoundingClientRect().width);
      expect((await iframe.boundingBox()).width).toBeCloseTo(column, 0);
      // As tall as the content while that fits under WordPress's cap of 1000 px.
      const contentHeight = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      await expect.poll(async () => Math.round(await heightOf(iframe))).toBe(Math.min(1000, await contentHeight()));
      await expectArticleAfter(page, iframe);
      // WordPress swaps its blockquote for the frame once, when the frame first speaks:
      // that moves what follows when the embed is on the first screen (below the first
      // screen nothing moves: see the next test). After that one frame, nothing moves
      // until the reader acts: from the frame's last height answered (the poll above), ten
      // frames.
      await frames(page, 10);
      const [shifts, told] = await page.evaluate(() => [window.__shiftsAfterShown, window.__heightsTold]);
      expect(shifts.length, `shifts after the frame was shown:\n${shifts.join('\n')}\nheights the frame told WordPress: ${told.join(', ')}`).toBeLessThanOrEqual(1);
      test.info().annotations.push({ type: 'layout shift of the swap', description: String(await layoutShift(page)) });
      await expectCardsWork(frame);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('below the first screen, as in most articles, nothing on the page moves at all', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'author', 'Further down', blockPost(block.embed(PAGE), LONG_BEFORE));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
    await expect(page.locator('iframe.wp-embedded-content')).toBeVisible();
    expect(await layoutShift(page)).toBe(0);
    await page.locator('iframe.wp-embedded-content').scrollIntoViewIfNeeded();
    // Opening a card grows the frame, and WordPress moves what follows: the reader's own
    // doing, which the frame says with each height (hosts.mjs, recordLayoutShifts).
    await expectCardsWork(frame);
    await frames(page, 2);
    expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('at 640 px the first screen fits under the cap, and all of it stays reachable beyond', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'author', 'Under the cap', blockPost(block.embed(PAGE)));
    // Twenty Twenty-Three's column is 650 px wide at this viewport; the frame fills it.
    const { page, problems, context } = await readerPage(browser, { viewport: { width: 1000, height: 900 } });
    await page.goto(link);
    const iframe = page.locator('iframe.wp-embedded-content');
    const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
    const width = (await iframe.boundingBox()).width;
    expect(width).toBeGreaterThanOrEqual(640);
    // The headline, the tabs, the map and the eight titles, within the frame's first 1000 px.
    const seen = [['headline', frame.locator('h2')], ['tabs', frame.locator(S.tablist)], ['map', frame.drawing()],
      ...PINNED_CARDS.map((id) => [id, frame.title(id)])];
    for (const [name, locator] of seen) {
      const bottom = await locator.first().evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom, name).toBeLessThanOrEqual(1000);
    }
    await openAll(frame);
    await expect.poll(() => heightOf(iframe)).toBe(1000);
    const scrollHeight = await frame.locator('html').evaluate((html) => html.scrollHeight);
    expect(scrollHeight).toBeGreaterThan(1000);
    // A fade at the frame's foot says there is more, until its end is reached.
    await expect(frame.locator('html')).toHaveClass(/\bip4-more\b/);

    // Mouse: the wheel over the frame scrolls its page; the last quote can be read.
    const box = await iframe.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 700) / 2);
    const lastQuote = frame.body('new-zealand').locator('blockquote, q').last();
    for (let i = 0; i < 40 && !(await inFrameView(lastQuote)); i++) await page.mouse.wheel(0, 300);
    expect(await inFrameView(lastQuote)).toBe(true);
    await frame.locator('html').evaluate((html) => scrollTo(0, html.scrollHeight));
    await expect(frame.locator('html')).not.toHaveClass(/\bip4-more\b/);

    // Keyboard: every tab and toggle is reached by Tab, and each shows when focused.
    await frame.selectedTab().focus();
    await page.keyboard.press('End');
    const lastTab = frame.tabs().last();
    await expect(lastTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = frame.locator(':focus');
      if ((await focused.count()) === 0) break;
      expect(await inFrameView(focused), await focused.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('in the capped frame, a card opened at its foot is brought into view', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'author', 'At the foot', blockPost(block.embed(PAGE)));
    const { page, problems, context } = await readerPage(browser, { viewport: { width: 1000, height: 1200 }, reducedMotion: 'reduce' });
    await page.goto(link);
    const iframe = page.locator('iframe.wp-embedded-content');
    const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
    await expect.poll(() => heightOf(iframe)).toBe(1000);
    // The last initiative's toggle sits near the frame's foot; its details would open below it.
    const card = frame.card('cybersecurity');
    await frame.toggle('cybersecurity').scrollIntoViewIfNeeded();
    expect(await frame.locator('html').evaluate(() => scrollY)).toBe(0);
    const pageScroll = await page.evaluate(() => scrollY);
    await frame.toggle('cybersecurity').click();
    await expect(frame.body('cybersecurity')).toBeVisible();
    await expect.poll(() => card.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && (box.bottom <= innerHeight + 1 || box.top < 1);
    })).toBe(true);
    expect(await frame.locator('html').evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY), 'the host page does not scroll').toBe(pageScroll);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('by touch, the capped frame scrolls and every card opens', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'author', 'By touch', blockPost(block.embed(PAGE)));
    const { page, problems, context } = await readerPage(browser, {
      viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true,
    });
    await page.goto(link);
    const iframe = page.locator('iframe.wp-embedded-content');
    const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
    await expect.poll(() => heightOf(iframe)).toBe(1000);
    // The frame fits the phone's column: nothing on the page scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBe(0);
    for (const id of PINNED_CARDS) {
      await frame.toggle(id).tap();
      await frame.expectOpen(id);
    }
    // A swipe inside the frame scrolls the frame's page.
    // (Opening a card near the frame's foot scrolls the frame's page; back to its top.)
    await expect.poll(() => frame.locator('html').evaluate(() => {
      scrollTo({ top: 0, behavior: 'instant' });
      return scrollY;
    })).toBe(0);
    await iframe.scrollIntoViewIfNeeded();
    const box = await iframe.boundingBox();
    const client = await context.newCDPSession(page);
    const [before, room] = await frame.locator('html').evaluate((html) => [scrollY, html.scrollHeight - innerHeight - scrollY]);
    expect(room, 'the frame can scroll further').toBeGreaterThan(400);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(Math.max(box.y, 0) + 600);
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 10; step++) {
      await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 40 }] });
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => frame.locator('html').evaluate(() => scrollY)).toBeGreaterThan(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the frame keeps WordPress\'s protocol across its own navigation: a card\'s link, a reload, back', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'author', 'Navigation', blockPost(block.embed(PAGE)));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const iframe = page.locator('iframe.wp-embedded-content');
    const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
    const child = page.frames().find((f) => f.url().includes('/frame.html'));
    const contentHeight = () => child.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // WordPress shows the frame at the height it is told (up to its cap): it still hears the
    // frame, with its secret, once the frame's content changes.
    const shownAtItsHeight = async (view) => {
      await frame.tab(view).click();
      const height = await contentHeight();
      expect(height, `the ${view} view fits under the cap, so a new height shows`).toBeLessThan(1000);
      await expect.poll(async () => Math.round(await heightOf(iframe))).toBe(height);
    };
    const navigate = async (how) => {
      await Promise.all([page.waitForEvent('framenavigated', (f) => f === child), child.evaluate(how)]);
      await frame.ready();
    };
    await frame.toggle('japan').click();
    await frame.cardLink('japan').click();
    await expect.poll(() => child.evaluate(() => location.hash)).toBe('#nato-ip4/japan');
    await shownAtItsHeight('People');
    await navigate(() => setTimeout(() => location.reload()));
    expect(await child.evaluate(() => location.hash)).toBe('#nato-ip4/japan');
    await shownAtItsHeight('Context');
    await navigate(() => setTimeout(() => history.back()));
    await shownAtItsHeight('People');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('in WordPress\'s sandbox (allow-scripts only), no link or control is dead', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'author', 'Sandbox', blockPost(block.embed(PAGE)));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const frame = await Explainer.frame(page, 'iframe.wp-embedded-content').ready();
    await frame.expectEveryControlWorks();
    await expect(page).toHaveURL(link);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Whether `locator` (in a frame) is within its frame's viewport. */
function inFrameView(locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight + 1;
  });
}

// ------------------------------------------------------------------------------------- snippets

test.describe('snippets pasted into a Custom HTML block or the Classic editor', () => {
  test('an Administrator\'s element snippet in the Classic editor (wpautop) starts and hides no paragraph', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'admin', 'Classic element', classicPost(snippet('element')));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const element = await Explainer.element(page).ready();
    await element.expectTitles();
    await expectArticleAfter(page, element.root);
    expect(await layoutShift(page)).toBe(0);
    await expectCardsWork(element);
    await expectArticleAfter(page, element.root);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an Editor\'s element and iframe snippets in Custom HTML blocks work side by side', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'editor', 'Custom HTML', blockPost([block.html(snippet('element')), block.html(snippet('iframe'))].join('\n\n')));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const element = await Explainer.element(page).ready();
    await expectCardsWork(element);
    const iframe = page.locator('iframe[data-nato-ip4]');
    const frame = await Explainer.frame(page).ready();
    await expect(page.locator('.nato-ip4-frame-link')).toBeHidden();
    const closed = await heightOf(iframe);
    await frame.toggle('japan').click();
    await expect.poll(() => heightOf(iframe)).toBeGreaterThan(closed);
    await expectArticleAfter(page, iframe);
    expect(await layoutShift(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an Administrator\'s iframe snippet in the Classic editor (wpautop) grows with its content', async ({ browser, request }) => {
    const link = await publish(request, PLAIN_PORT, 'admin', 'Classic iframe', classicPost(snippet('iframe')));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const iframe = page.locator('iframe[data-nato-ip4]');
    const frame = await Explainer.frame(page).ready();
    const closed = await heightOf(iframe);
    await frame.toggle('ai').click();
    await expect.poll(() => heightOf(iframe)).toBeGreaterThan(closed);
    await expectArticleAfter(page, iframe);
    expect(problems).toEqual([]);
    await context.close();
  });

  // What WordPress's filter leaves of each snippet pasted by an Author, besides a link.
  const filtered = [
    ['element', 'the headline, the eight titles and a working link', 'Open the interactive explainer', async (page) => {
      await expect(page.locator('.wp-block-post-content h2')).toContainText('NATO');
      for (const title of ['Ukraine', 'Artificial intelligence', 'Japan', 'New Zealand']) {
        await expect(page.locator('.wp-block-post-content li', { hasText: title }).first()).toBeVisible();
      }
    }],
    ['iframe', 'a working link with the explainer\'s title', /Explainer: NATO.s four joint initiatives with its Indo-Pacific partners/, async (page) => {
      await expect(page.locator('iframe')).toHaveCount(0);
    }],
  ];
  for (const [name, what, linkName, expectRest] of filtered) {
    test(`an Author's ${name} snippet is filtered to ${what}`, async ({ browser, request }) => {
      const link = await publish(request, PLAIN_PORT, 'author', `Author ${name}`, blockPost(block.html(snippet(name))));
      const { page, problems, context } = await readerPage(browser);
      await page.goto(link);
      await expectRest(page);
      await expectWorkingLink(page, linkName);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

/** A visible link with `name` that leads to the widget page, which answers. */
async function expectWorkingLink(page, name) {
  const anchor = page.getByRole('link', { name });
  await expect(anchor).toBeVisible();
  expect(await anchor.getAttribute('href')).toBe(PAGE);
  await anchor.click();
  await expect(page).toHaveURL(PAGE);
  await Explainer.page(page).ready();
}

// --------------------------------------------------------------------------------------- plugin

test.describe('the plugin', () => {
  test('passes php -l', () => {
    const output = execFileSync('php', ['-l', PLUGIN_FILE], { encoding: 'utf8' });
    expect(output).toContain('No syntax errors detected');
  });

  for (const [name, content] of [
    ['an Embed block', () => blockPost(block.embed(PAGE))],
    ['the Classic editor', () => classicPost(WIDGET)],
  ]) {
    test(`a URL paste in ${name} keeps our own snippet, uncapped, with frame-host.js`, async ({ browser, request }) => {
      const link = await publish(request, PLUGIN_PORT, 'author', `Plugin URL, ${name}`, content());
      const { page, problems, context } = await readerPage(browser, { viewport: { width: 1000, height: 900 } });
      await page.goto(link);
      const iframe = page.locator('.nato-ip4-frame > iframe[data-nato-ip4]');
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      const frame = await Explainer.frame(page).ready();
      expect(await layoutShift(page)).toBe(0);
      const events = [];
      await page.exposeFunction('__event', (detail) => events.push(detail));
      await page.evaluate(() => document.addEventListener('nato-ip4:card', (e) => window.__event(e.detail)));
      await openAll(frame);
      await expect.poll(() => heightOf(iframe)).toBeGreaterThan(1000);
      const contentHeight = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
      expect(Math.abs((await heightOf(iframe)) - contentHeight)).toBeLessThan(1);
      expect(events).toContainEqual({ card: 'japan', open: true });
      await expectArticleAfter(page, iframe);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('the block editor\'s preview of a URL paste is the snippet readers get, and it works', async ({ browser, request }) => {
    const url = `${PAGE}?view=people`;
    // What the block editor asks when an Author pastes the address (oembed/1.0/proxy).
    const { user, password } = wordpress.credentials[PLUGIN_PORT].author;
    const response = await request.get(`http://127.0.0.1:${PLUGIN_PORT}/?rest_route=/oembed/1.0/proxy&url=${encodeURIComponent(url)}`, {
      headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    });
    expect(response.status(), await response.text()).toBe(200);
    const preview = (await response.json()).html;
    // What readers get of the same paste, in a published post.
    const link = await publish(request, PLUGIN_PORT, 'author', 'Preview', blockPost(block.embed(url)));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    // Both as parsed from their source (in the page, frame-host.js has since set a height).
    const source = await (await request.get(link)).text();
    const [served, previewed] = await page.evaluate(([html, post]) => {
      const parsed = document.createElement('template');
      parsed.innerHTML = html;
      const page = new DOMParser().parseFromString(post, 'text/html');
      return [page.querySelector('.nato-ip4-frame').outerHTML, parsed.content.firstElementChild.outerHTML];
    }, [preview, source]);
    expect(previewed).toBe(served);
    expect(preview).toContain('integrity="sha384-');
    expect(preview).toContain('frame.html?view=people');
    // Shown as the editor shows it (its html written into a document of its own), it starts.
    const editor = await context.newPage();
    await editor.setContent(`<!doctype html><html lang="en"><head><title>Preview</title></head><body>${preview}</body></html>`);
    const frame = await Explainer.frame(editor).ready();
    await expect(frame.selectedTab()).toHaveText('People');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the shortcode starts the element with its options', async ({ browser, request }) => {
    const link = await publish(request, PLUGIN_PORT, 'author', 'Shortcode', blockPost([
      block.shortcode('[nato-ip4 view="people" card="japan" theme="dark"]'),
      block.shortcode('[nato-ip4 view="people"]'),
    ].join('\n\n')));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    await expect(page.locator('nato-ip4-explainer')).toHaveCount(2);
    const first = await Explainer.element(page, 0).ready();
    const second = Explainer.element(page, 1);
    await expect(first.widget()).toHaveAttribute('data-theme', 'dark');
    // The card opens in its own view.
    await first.expectOpen('japan');
    await expect(first.selectedTab()).toHaveText('Overview');
    // It starts when the reader comes near it.
    await second.root.scrollIntoViewIfNeeded();
    await second.ready();
    await expect(second.selectedTab()).toHaveText('People');
    await expectArticleAfter(page, second.root);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a bad shortcode value gives the element\'s console error and the default', async ({ browser, request }) => {
    const link = await publish(request, PLUGIN_PORT, 'author', 'Bad shortcode',
      classicPost('[nato-ip4 view="everything" theme="dark&quot;><script>alert(1)</script>"]'));
    const { page, problems, context } = await readerPage(browser);
    await page.goto(link);
    const element = await Explainer.element(page).ready();
    await expect(element.selectedTab()).toHaveText('Overview');
    expect(problems.filter((p) => p.includes('"view"'))).toHaveLength(1);
    expect(problems.filter((p) => p.includes('"theme"'))).toHaveLength(1);
    expect(problems).toHaveLength(2);
    await expectArticleAfter(page, element.root);
    await context.close();
  });

  test('leaves no PHP notice or warning in the site\'s log', () => {
    const log = readFileSync(wordpress.log, 'utf8');
    const ours = log.split('\n').filter((line) => line.includes('nato-ip4-explainer'));
    expect(ours).toEqual([]);
  });
});

test('each site\'s feed keeps a link to the widget page for every path, and the element\'s headline and eight titles', async ({ request }) => {
  const HEADLINE = 'NATO to Collaborate with Indo-Pacific Partners on 4 Initiatives to Address Authoritarian Challenges';
  const TITLES = ['Ukraine', 'Artificial intelligence', 'Misinformation', 'Cybersecurity', 'Japan', 'South Korea', 'Australia', 'New Zealand'];
  const paths = [
    [PLAIN_PORT, 'author', 'a URL paste', () => blockPost(block.embed(PAGE))],
    [PLUGIN_PORT, 'author', 'a URL paste with the plugin', () => blockPost(block.embed(PAGE))],
    [PLUGIN_PORT, 'author', 'the element shortcode', () => blockPost(block.shortcode('[nato-ip4]'))],
    [PLAIN_PORT, 'editor', 'the element snippet in Custom HTML', () => blockPost(block.html(snippet('element')))],
    [PLAIN_PORT, 'editor', 'the iframe snippet in Custom HTML', () => blockPost(block.html(snippet('iframe')))],
    [PLAIN_PORT, 'author', 'the element snippet, filtered', () => blockPost(block.html(snippet('element')))],
    [PLAIN_PORT, 'author', 'the iframe snippet, filtered', () => blockPost(block.html(snippet('iframe')))],
  ];
  for (const [port, role, name, content] of paths) await publish(request, port, role, `Feed: ${name}`, content());
  const feeds = Object.fromEntries([PLAIN_PORT, PLUGIN_PORT].map((port) => [port, readFeed(`http://127.0.0.1:${port}/?feed=rss2`)]));
  for (const [port, , name] of paths) {
    const entry = feeds[port].find((e) => e.title === `Feed: ${name}`);
    expect(entry, name).toBeDefined();
    const { links, text } = linksAndText(entry.content);
    expect(links.some((href) => href.startsWith(WIDGET)), `${name}: a link to the widget page in ${entry.content}`).toBe(true);
    if (name.includes('element')) {
      expect(text, name).toContain(HEADLINE);
      for (const title of TITLES) expect(text, name).toContain(title);
    }
  }
});
