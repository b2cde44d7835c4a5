// The widget in a real Ghost (5.130.6, its default theme; tests/support/ghost.mjs): posts
// published through the Admin API as Ghost's editor stores them (an HTML card, an Embed card
// filled from Ghost's own oEmbed lookup of the widget page's address, HTML pasted outside a
// card), read in Chromium at a desktop's width and a phone's; and the site's feed, as a feed
// reader keeps it.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { GHOST, embedCard, htmlCard, paragraph, startGhost } from '../support/ghost.mjs';
import { linksAndText, readFeed } from '../support/feeds.mjs';
import { WIDGET, frames, layoutShift, recordLayoutShifts, shiftsSeen, watchProblems } from '../support/hosts.mjs';
import { Explainer, PINNED_CARDS } from '../support/explainer.mjs';
import { DIST } from '../support/server.mjs';

// In order, in one worker: one Ghost for the whole file.
test.describe.configure({ mode: 'default' });
test.setTimeout(90_000);

const PAGE = `${WIDGET}index.html`;
const snippet = (name) => readFileSync(`${DIST}/snippets/${name}.html`, 'utf8').trim();
const HEADLINE = 'NATO to Collaborate with Indo-Pacific Partners on 4 Initiatives to Address Authoritarian Challenges';
const TITLES = ['Ukraine', 'Artificial intelligence', 'Misinformation', 'Cybersecurity', 'Japan', 'South Korea', 'Australia', 'New Zealand'];
const BEFORE = 'Before the explainer, the article as the newsroom wrote it.';
/** The post's own content (the theme shows other posts beside it, with their excerpts). */
const CONTENT = '.gh-content';
const AFTER = 'After the explainer, the article goes on.';

let ghost;
test.beforeAll(async () => {
  // Another worker's run of this file may hold the servers' ports first (with
  // `--repeat-each`): serverGroup waits up to 20 minutes for them, then the start.
  test.setTimeout(25 * 60_000);
  ghost = await startGhost();
});
test.afterAll(async () => {
  await ghost?.stop();
});

/** The posts of every path, as Ghost's editor stores them. */
const POSTS = {
  'URL paste': async () => [paragraph(BEFORE), embedCard(PAGE, await ghost.oembed(PAGE)), paragraph(AFTER)],
  'element snippet in an HTML card': async () => [paragraph(BEFORE), htmlCard(snippet('element')), paragraph(AFTER)],
  'iframe snippet in an HTML card': async () => [paragraph(BEFORE), htmlCard(snippet('iframe')), paragraph(AFTER)],
};
/** HTML pasted outside an HTML card. */
const PASTED = {
  'element snippet pasted outside an HTML card': () => `<p>${BEFORE}</p>${snippet('element')}<p>${AFTER}</p>`,
  'iframe snippet pasted outside an HTML card': () => `<p>${BEFORE}</p>${snippet('iframe')}<p>${AFTER}</p>`,
};

async function publish(name) {
  return POSTS[name] ? ghost.publish(name, await POSTS[name]()) : ghost.publishHtml(name, PASTED[name]());
}

async function readerPage(browser, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await recordLayoutShifts(page);
  return { page, problems, context };
}

const heightOf = (locator) => locator.evaluate((el) => el.getBoundingClientRect().height);

/** The article's own paragraph after the widget: visible, below it. */
async function expectArticleAfter(page, widget) {
  const after = page.locator(CONTENT).locator('p', { hasText: AFTER });
  await expect(after).toBeVisible();
  const box = await widget.boundingBox();
  expect((await after.boundingBox()).y).toBeGreaterThanOrEqual(box.y + box.height - 1);
}

for (const width of [1280, 360]) {
  test(`a URL paste at ${width} px: the frame, interactive, as tall as its content, shown once, moving nothing`, async ({ browser }) => {
    const link = await publish('URL paste');
    const { page, problems, context } = await readerPage(browser, width);
    await page.goto(link);
    const iframe = page.locator('iframe[data-nato-ip4]');
    await expect(iframe).toHaveCount(1);
    const frame = await Explainer.frame(page).ready();
    // Shown once: the blockquote WordPress shows until its frame speaks is not shown here.
    await expect(page.locator('blockquote.nato-ip4-frame-link')).toBeHidden();
    await expect(page.locator(CONTENT).getByRole('link', { name: /Explainer: NATO/ })).toHaveCount(0);
    const contentHeight = () => frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    // Uncapped: as tall as what it shows, closed and with cards open.
    const closed = await contentHeight();
    await expect.poll(async () => Math.abs(await heightOf(iframe) - await contentHeight())).toBeLessThan(1);
    await frame.toggle('japan').click();
    await frame.toggle('ukraine').click();
    await expect.poll(() => heightOf(iframe)).toBeGreaterThan(closed + 200);
    await expect.poll(async () => Math.abs(await heightOf(iframe) - await contentHeight())).toBeLessThan(1);
    const open = await heightOf(iframe);
    await frame.toggle('japan').click();
    await frame.toggle('ukraine').click();
    await expect.poll(() => heightOf(iframe)).toBeLessThan(closed + 1);
    await expectArticleAfter(page, iframe);
    // Nothing moved but what the reader moved (hosts.mjs, recordLayoutShifts).
    await frames(page, 2);
    expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
    console.log(`Ghost URL paste at ${width} px: frame ${(await heightOf(iframe)).toFixed(0)} px wide ${(await iframe.boundingBox()).width.toFixed(0)} px, closed ${closed.toFixed(0)} px, two cards open ${open.toFixed(0)} px`);
    expect(problems).toEqual([]);
    await context.close();
  });
}

test('the element snippet in an HTML card starts, opens cards, moves nothing, and hides no paragraph', async ({ browser }) => {
  const link = await publish('element snippet in an HTML card');
  const { page, problems, context } = await readerPage(browser, 1280);
  await page.goto(link);
  const element = await Explainer.element(page).ready();
  await element.expectTitles();
  await element.toggle('japan').click();
  await element.expectOpen('japan');
  await expectArticleAfter(page, element.root);
  expect(await layoutShift(page), await shiftsSeen(page)).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('the iframe snippet in an HTML card is as tall as its content, its link not shown', async ({ browser }) => {
  const link = await publish('iframe snippet in an HTML card');
  const { page, problems, context } = await readerPage(browser, 1280);
  await page.goto(link);
  const iframe = page.locator('iframe[data-nato-ip4]');
  const frame = await Explainer.frame(page).ready();
  await expect(page.locator(CONTENT).getByRole('link', { name: /Explainer: NATO/ })).toHaveCount(0);
  const closed = await heightOf(iframe);
  await frame.toggle('japan').click();
  await expect.poll(() => heightOf(iframe)).toBeGreaterThan(closed + 100);
  await expectArticleAfter(page, iframe);
  expect(problems).toEqual([]);
  await context.close();
});

test('the element snippet pasted outside an HTML card leaves the headline, the eight titles and a working link', async ({ browser }) => {
  const link = await publish('element snippet pasted outside an HTML card');
  const { page, problems, context } = await readerPage(browser, 1280);
  await page.goto(link);
  await expect(page.locator('nato-ip4-explainer, script[src*="embed.js"]')).toHaveCount(0);
  const content = page.locator(CONTENT);
  await expect(content.getByRole('heading', { name: HEADLINE })).toBeVisible();
  for (const title of TITLES) await expect(content.getByRole('listitem').filter({ hasText: new RegExp(`^${title}$`) })).toBeVisible();
  const open = content.getByRole('link', { name: 'Open the interactive explainer' });
  await expect(open).toHaveAttribute('href', new RegExp(`^${PAGE}`));
  await open.click();
  await Explainer.page(page).ready();
  expect(problems).toEqual([]);
  await context.close();
});

for (const width of [1280, 360]) {
  test(`the iframe snippet pasted outside an HTML card at ${width} px: the eight titles in its first screen, the rest inside, its link not shown`, async ({ browser }) => {
    const link = await publish('iframe snippet pasted outside an HTML card');
    const { page, problems, context } = await readerPage(browser, width);
    await page.goto(link);
    // Ghost made it an Embed card of the iframe alone: no stylesheet, no host script.
    await expect(page.locator('script[src*="frame-host.js"], link[href*="embed.css"]')).toHaveCount(0);
    const iframe = page.locator('iframe[data-nato-ip4]');
    const frame = await Explainer.frame(page).ready();
    await expect(page.locator(CONTENT).getByRole('link', { name: /Explainer: NATO/ })).toHaveCount(0);
    const box = await iframe.boundingBox();
    // In its first screen: every title within the frame's own height, unscrolled.
    for (const id of PINNED_CARDS) {
      const bottom = await frame.title(id).evaluate((title) => title.getBoundingClientRect().bottom);
      expect(bottom, `${id}'s title in the frame's first screen`).toBeLessThanOrEqual(box.height);
    }
    // The rest is reachable inside the frame, whose own page scrolls: every card opens, and
    // the last one's link can be brought into view.
    for (const id of PINNED_CARDS) {
      await frame.toggle(id).click();
      await frame.expectOpen(id);
    }
    const last = frame.cardLink('new-zealand');
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight + 1;
    })).toBe(true);
    expect(await heightOf(iframe), 'the frame keeps its height').toBeCloseTo(box.height, 0);
    await expectArticleAfter(page, iframe);
    console.log(`Ghost bare iframe paste at ${width} px: frame ${box.width.toFixed(0)} × ${box.height.toFixed(0)} px`);
    expect(problems).toEqual([]);
    await context.close();
  });
}

test('the site\'s feed keeps a link to the widget page for every path, and the element\'s headline and eight titles', async () => {
  const titles = [...Object.keys(POSTS), ...Object.keys(PASTED)].map((name) => `Feed: ${name}`);
  for (const name of [...Object.keys(POSTS), ...Object.keys(PASTED)]) {
    const title = `Feed: ${name}`;
    if (POSTS[name]) await ghost.publish(title, await POSTS[name]());
    else await ghost.publishHtml(title, PASTED[name]());
  }
  const entries = readFeed(`${GHOST}/rss/`);
  for (const title of titles) {
    const entry = entries.find((e) => e.title === title);
    expect(entry, title).toBeDefined();
    const { links, text } = linksAndText(entry.content);
    expect(links.some((href) => href.startsWith(PAGE)), `${title}: a link to ${PAGE} in ${entry.content}`).toBe(true);
    if (title.includes('element')) {
      expect(text, title).toContain(HEADLINE);
      for (const card of TITLES) expect(text, title).toContain(card);
    }
  }
});
