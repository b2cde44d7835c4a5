// Printed, the widget page and an article page with the element show every view and every
// card's text (title, summary, "From the article"), no tabs and nothing that looks like a
// button, no backgrounds, and the map in greys.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from '../support/hosts.mjs';
import { Explainer, S } from '../support/explainer.mjs';
import { CARDS as ALL_CARDS } from '../../static/contract.js';

const CARDS = ALL_CARDS.length;

/** What printing shows of one widget (`root` is its root section), in the page. */
function printed(root, S) {
  const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const cards = [...root.querySelectorAll(S.cards)];
  const grey = (colour) => {
    const [r, g, b] = colour.match(/\d+/g).map(Number);
    return r === g && g === b;
  };
  const paint = (el) => getComputedStyle(el).backgroundColor;
  return {
    panels: [...root.querySelectorAll(S.panels)].filter(shown).length,
    cards: cards.length,
    cardsWithText: cards.filter((card) => shown(card.querySelector(S.title))
      && shown(card.querySelector(S.summary)) && shown(card.querySelector(S.quote))).length,
    tabsShown: [...root.querySelectorAll(S.tabs)].filter(shown).length,
    buttonsThatLookLikeButtons: [...root.querySelectorAll('button')].filter(shown).filter((button) => {
      const style = getComputedStyle(button);
      return parseFloat(style.borderTopWidth) > 0 || paint(button) !== 'rgba(0, 0, 0, 0)';
    }).map((button) => button.className),
    backgrounds: [root, ...root.querySelectorAll(S.cards)].map(paint)
      .filter((colour) => colour !== 'rgba(0, 0, 0, 0)'),
    mapInGreys: [...root.querySelectorAll(`${S.svg} path`)].every((path) => grey(getComputedStyle(path).fill)),
    storyQuotes: shown(root.querySelector(`${S.storyQuotes} ${S.quote}`)),
  };
}

function expectPrinted(result) {
  expect(result.panels, 'every view').toBe(4);
  expect(result.cards).toBe(CARDS);
  expect(result.cardsWithText, "every card's title, summary and quotes").toBe(CARDS);
  expect(result.storyQuotes).toBe(true);
  expect(result.tabsShown).toBe(0);
  expect(result.buttonsThatLookLikeButtons).toEqual([]);
  expect(result.backgrounds).toEqual([]);
  expect(result.mapInGreys).toBe(true);
}

test('the widget page, printed, shows every card’s text and no controls', async ({ page }) => {
  await page.goto(WIDGET);
  const widget = (await Explainer.page(page).ready()).widget();
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => widget.evaluate(printed, S).then((r) => r.cardsWithText)).toBe(CARDS);
  expectPrinted(await widget.evaluate(printed, S));
  await expect(page.locator('.embed-panel')).toBeHidden();
});

test('an article page with the element, printed, shows every card’s text too', async ({ page }) => {
  await openHost(page, { embed: 'element' });
  const widget = (await Explainer.element(page).ready()).widget();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect.poll(() => widget.evaluate(printed, S).then((r) => r.cardsWithText)).toBe(CARDS);
  expectPrinted(await widget.evaluate(printed, S));
});
