// Reading a printout back: the PDF's text by pdftotext (poppler-utils), page by page, and
// what every printout of the widget must carry. Shared by the Chromium print tests
// (pdf.spec.mjs) and the other engines' (tests/engines/print.spec.mjs).
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Text as compared: ligatures (ﬁ) as letters, every run of white space one space, and no
 * space after a hyphen (a printed line may break there).
 */
export const squash = (text) => text.normalize('NFKC').replace(/\s+/g, ' ').replace(/(\S)- /g, '$1-').trim();

/**
 * The text every printout must carry, read in a page (pass it to the browser): the titles,
 * summaries and quotes of the prerendered widget under `root`.
 */
export function widgetTextIn(root) {
  return {
    titles: [...root.querySelectorAll('.ip4-card-title')].map((el) => el.textContent),
    summaries: [...root.querySelectorAll('.ip4-card-summary')].map((el) => el.textContent),
    quotes: [...root.querySelectorAll('.ip4-quote')].map((el) => el.textContent),
  };
}

/** Writes `pdf` to `path` and reads its text: one string per page. */
export function pdfPages(pdf, path) {
  writeFileSync(path, pdf);
  // In the order the text was drawn (the DOM's), not rearranged by columns.
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1).trim() === '') pages.pop(); // pdftotext ends the last page with a form feed
  return pages;
}

export function expectNoBlankPage(pages) {
  for (const [index, content] of pages.entries()) {
    expect(content.trim(), `page ${index + 1} of ${pages.length} is blank`).not.toBe('');
  }
}

/** Every page has text, and the paper carries every item of `text`. */
export function expectEverything(pages, text) {
  expectNoBlankPage(pages);
  const paper = squash(pages.join(' '));
  for (const [kind, items] of Object.entries(text)) {
    expect(items.length, `${kind} to look for`).toBeGreaterThan(0);
    for (const item of items) expect(paper, `${kind}: ${item.slice(0, 60)}`).toContain(squash(item));
  }
}

/** What a printout of a page whose element never started must carry besides the article. */
export const FALLBACK_TITLES = ['Ukraine', 'Artificial intelligence', 'Misinformation', 'Cybersecurity', 'Japan', 'South Korea', 'Australia', 'New Zealand'];

/**
 * Lines of text that print over each other, page by page, as "page N: «one» over «other»"
 * (pdftotext's layout boxes: overlapping by more than 2 pt across and by more than 40% of
 * the shorter line's height; tightly set lines overlap a little by their glyphs' boxes).
 */
export function overprinted(path) {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8' });
  const found = [];
  for (const [index, page] of xhtml.split('<page ').slice(1).entries()) {
    const lines = [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
      .map(([, x0, y0, x1, y1, words]) => ({
        box: [x0, y0, x1, y1].map(Number),
        text: [...words.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
      }));
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const [a, b] = [lines[i].box, lines[j].box];
        const dx = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        const dy = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        const shorter = Math.min(a[3] - a[1], b[3] - b[1]);
        if (dx > 2 && dy > 0.4 * shorter) found.push(`page ${index + 1}: «${lines[i].text.slice(0, 40)}» over «${lines[j].text.slice(0, 40)}»`);
      }
    }
  }
  return found;
}
