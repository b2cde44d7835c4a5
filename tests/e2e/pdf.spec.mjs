// A real print: Chromium prints the page to PDF (no emulated print media in a live page, so
// no script of ours runs between layout and paper), and poppler's pdftotext reads the paper
// back. Every view's and every card's text is there (titles, summaries, "From the article"),
// and no page is blank.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { WIDGET, openHost } from './hosts.mjs';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The text every printout of the widget must carry, read from the prerendered page. */
async function widgetText(browser) {
  const page = await browser.newPage();
  await page.goto(`${WIDGET}?floor`);
  const text = await page.locator('#nato-ip4').evaluate((root) => ({
    titles: [...root.querySelectorAll('.ip4-card-title')].map((el) => el.textContent),
    summaries: [...root.querySelectorAll('.ip4-card-summary')].map((el) => el.textContent),
    quotes: [...root.querySelectorAll('.ip4-quote')].map((el) => el.textContent),
  }));
  await page.close();
  expect(text.titles).toHaveLength(20);
  expect(text.summaries).toHaveLength(20);
  return text;
}

/** Prints `page` to PDF and reads it back: one string per page. */
async function printToText(page) {
  // Kept with the test's results, where Playwright clears it before the next run.
  const pdf = test.info().outputPath('print.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
  // In the order the text was drawn (the DOM's), not rearranged by columns.
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1).trim() === '') pages.pop(); // pdftotext ends the last page with a form feed
  return pages;
}

function expectEverything(pages, text) {
  for (const [index, content] of pages.entries()) {
    expect(content.trim(), `page ${index + 1} of ${pages.length} is blank`).not.toBe('');
  }
  const paper = squash(pages.join(' '));
  for (const [kind, items] of Object.entries(text)) {
    for (const item of items) expect(paper, `${kind}: ${item.slice(0, 60)}`).toContain(squash(item));
  }
}

test('the widget page prints every card’s text, and no blank page', async ({ page, browser }) => {
  const text = await widgetText(browser);
  await page.goto(WIDGET);
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  expectEverything(await printToText(page), text);
});

test('the frame page prints every card’s text, and no blank page', async ({ page, browser }) => {
  const text = await widgetText(browser);
  await page.goto(`${WIDGET}frame.html`);
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  expectEverything(await printToText(page), text);
});

test('an article page with a started element prints all of the widget and the article, and no blank page', async ({ page, browser }) => {
  const text = await widgetText(browser);
  await openHost(page, { embed: 'element' });
  await expect(page.locator('nato-ip4-explainer')).toHaveAttribute('data-ready', '');
  // A card open and a tab switched: print shows everything whatever the reader left open.
  await page.locator('nato-ip4-explainer [data-card="japan"] button[aria-expanded]').click();
  await page.locator('nato-ip4-explainer [role=tab]', { hasText: 'People' }).click();
  const pages = await printToText(page);
  expectEverything(pages, text);
  expect(squash(pages.join(' '))).toContain(squash(await page.locator('p.after').textContent()));
});

test('an article page whose element never started prints its fallback and the article, and no blank page', async ({ page }) => {
  await openHost(page, { embed: 'element', spacer: 1 });
  await expect(page.locator('nato-ip4-explainer')).not.toHaveAttribute('data-ready', '');
  const pages = await printToText(page);
  for (const [index, content] of pages.entries()) {
    expect(content.trim(), `page ${index + 1} of ${pages.length} is blank`).not.toBe('');
  }
  const paper = squash(pages.join(' '));
  for (const title of ['Ukraine', 'Artificial intelligence', 'Misinformation', 'Cybersecurity', 'Japan', 'South Korea', 'Australia', 'New Zealand']) {
    expect(paper).toContain(title);
  }
  expect(paper).toContain(squash(await page.locator('p.after').textContent()));
});
