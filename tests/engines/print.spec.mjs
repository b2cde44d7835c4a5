// A real print in the engine's own print engine, through WebDriver's Print Page command, read
// back with pdftotext: every view's and every card's text, and no blank page. WebKitWebDriver
// (WebKitGTK 2.50) has no Print Page command, so WebKit's print is not tested here (README).
import { test, expect, WIDGET } from './reader.mjs';
import {
  squash, widgetTextIn, pdfPages, overprinted, expectNoBlankPage, expectEverything, FALLBACK_TITLES,
} from '../e2e/paper.mjs';

test.skip(({ engine }) => engine === 'webkit', 'WebKitWebDriver 2.50 has no Print Page command');

/** The text every printout of the widget must carry, read from the prerendered page. */
async function widgetText(reader) {
  await reader.driver.get(`${WIDGET}?floor`);
  const text = await reader.driver.executeScript(`return (${widgetTextIn})(document.querySelector('#nato-ip4'))`);
  expect(text.titles).toHaveLength(20);
  expect(text.summaries).toHaveLength(20);
  return text;
}

/** Prints the page the reader has open to A4 PDF: its text, page by page. */
async function print(reader) {
  await reader.driver.switchTo().defaultContent();
  const pdf = await reader.driver.printPage({ width: 21, height: 29.7, background: false });
  const path = test.info().outputPath('print.pdf');
  const pages = pdfPages(Buffer.from(pdf, 'base64'), path);
  expect(overprinted(path), 'lines printed over each other').toEqual([]);
  return pages;
}

test('the widget page prints every card’s text, and no blank page', async ({ reader }) => {
  const text = await widgetText(reader);
  await reader.openWidget();
  await reader.ready();
  expectEverything(await print(reader), text);
  expect(await reader.problems()).toEqual([]);
});

test('the frame page prints every card’s text, and no blank page', async ({ reader }) => {
  const text = await widgetText(reader);
  await reader.openWidget('frame.html');
  await reader.ready();
  expectEverything(await print(reader), text);
});

test('an article page with a started element prints all of the widget and the article, and no blank page', async ({ reader }) => {
  const text = await widgetText(reader);
  await reader.openHost('element');
  await reader.ready();
  // A card open and a tab switched: print shows everything whatever the reader left open.
  await reader.clickCard('japan');
  await reader.click('[role=tab][id$="people"]');
  const pages = await print(reader);
  expectEverything(pages, text);
  expect(squash(pages.join(' '))).toContain(squash(await reader.host(() => document.querySelector('p.after').textContent)));
  expect(await reader.problems()).toEqual([]);
});

test('an article page whose element never started prints its fallback and the article, and no blank page', async ({ reader }) => {
  await reader.openHost('element', { spacer: 1 });
  await reader.host('return new Promise((done) => setTimeout(done, 300))');
  expect(await reader.host(() => document.querySelector('nato-ip4-explainer').hasAttribute('data-ready'))).toBe(false);
  const pages = await print(reader);
  expectNoBlankPage(pages);
  const paper = squash(pages.join(' '));
  for (const title of FALLBACK_TITLES) expect(paper).toContain(title);
  expect(paper).toContain(squash(await reader.host(() => document.querySelector('p.after').textContent)));
});
