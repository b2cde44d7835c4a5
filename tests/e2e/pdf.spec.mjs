// A real print: Chromium prints the page to PDF (no emulated print media in a live page, so
// no script of ours runs between layout and paper), and poppler's pdftotext reads the paper
// back. Every view's and every card's text is there (titles, summaries, "From the article"),
// no page is blank and no line prints over another.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from '../support/hosts.mjs';
import { Explainer } from '../support/explainer.mjs';
import {
  squash, widgetTextIn, pdfPages, overprinted, expectNoBlankPage, expectEverything, FALLBACK_TITLES,
} from '../support/paper.mjs';

/** The text every printout of the widget must carry, read from the prerendered page. */
async function widgetText(browser) {
  const page = await browser.newPage();
  await page.goto(`${WIDGET}?floor`);
  const text = await page.locator('#nato-ip4').evaluate(widgetTextIn);
  await page.close();
  expect(text.titles).toHaveLength(20);
  expect(text.summaries).toHaveLength(20);
  return text;
}

/** Prints `page` to PDF and reads it back: one string per page. */
async function printToText(page) {
  // Kept with the test's results, where Playwright clears it before the next run.
  const path = test.info().outputPath('print.pdf');
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: false }), path);
  expect(overprinted(path), 'lines printed over each other').toEqual([]);
  return pages;
}

test('the widget page prints every card’s text, and no blank page', async ({ page, browser }) => {
  const text = await widgetText(browser);
  await page.goto(WIDGET);
  await Explainer.page(page).ready();
  expectEverything(await printToText(page), text);
});

test('the frame page prints every card’s text, and no blank page', async ({ page, browser }) => {
  const text = await widgetText(browser);
  await page.goto(`${WIDGET}frame.html`);
  await Explainer.page(page).ready();
  expectEverything(await printToText(page), text);
});

test('an article page with a started element prints all of the widget and the article, and no blank page', async ({ page, browser }) => {
  const text = await widgetText(browser);
  await openHost(page, { embed: 'element' });
  const element = await Explainer.element(page).ready();
  // A card open and a tab switched: print shows everything whatever the reader left open.
  await element.toggle('japan').click();
  await element.tab('People').click();
  const pages = await printToText(page);
  expectEverything(pages, text);
  expect(squash(pages.join(' '))).toContain(squash(await page.locator('p.after').textContent()));
});

test('an article page whose element never started prints its fallback and the article, and no blank page', async ({ page }) => {
  await openHost(page, { embed: 'element', spacer: 1 });
  await Explainer.element(page).notReady();
  const pages = await printToText(page);
  expectNoBlankPage(pages);
  const paper = squash(pages.join(' '));
  for (const title of FALLBACK_TITLES) expect(paper).toContain(title);
  expect(paper).toContain(squash(await page.locator('p.after').textContent()));
});
