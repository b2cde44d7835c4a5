// Printed, the widget page and an article page with the element show every view and every
// card's text (title, summary, "From the article"), no tabs and nothing that looks like a
// button, no backgrounds, and the map in greys.
import { test, expect } from '@playwright/test';
import { WIDGET, openHost } from './hosts.mjs';

const CARDS = 20;

/** What printing shows of one widget (`root` is its `.ip4` section). */
function printed(root) {
  const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const cards = [...root.querySelectorAll('[data-card]')];
  const grey = (colour) => {
    const [r, g, b] = colour.match(/\d+/g).map(Number);
    return r === g && g === b;
  };
  const paint = (el) => getComputedStyle(el).backgroundColor;
  return {
    panels: [...root.querySelectorAll('[role=tabpanel]')].filter(shown).length,
    cards: cards.length,
    cardsWithText: cards.filter((card) => shown(card.querySelector('.ip4-card-title'))
      && shown(card.querySelector('.ip4-card-summary')) && shown(card.querySelector('.ip4-quote'))).length,
    tabsShown: [...root.querySelectorAll('[role=tab]')].filter(shown).length,
    buttonsThatLookLikeButtons: [...root.querySelectorAll('button')].filter(shown).filter((button) => {
      const style = getComputedStyle(button);
      return parseFloat(style.borderTopWidth) > 0 || paint(button) !== 'rgba(0, 0, 0, 0)';
    }).map((button) => button.className),
    backgrounds: [root, ...root.querySelectorAll('.ip4-card')].map(paint)
      .filter((colour) => colour !== 'rgba(0, 0, 0, 0)'),
    mapInGreys: [...root.querySelectorAll('.ip4-map-svg path')].every((path) => grey(getComputedStyle(path).fill)),
    storyQuotes: shown(root.querySelector('.ip4-story-quotes .ip4-quote')),
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
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  await page.emulateMedia({ media: 'print' });
  const widget = page.locator('#nato-ip4 .ip4');
  await expect.poll(() => widget.evaluate(printed).then((r) => r.cardsWithText)).toBe(CARDS);
  expectPrinted(await widget.evaluate(printed));
  await expect(page.locator('.embed-panel')).toBeHidden();
});

test('an article page with the element, printed, shows every card’s text too', async ({ page }) => {
  await openHost(page, { embed: 'element' });
  const element = page.locator('nato-ip4-explainer');
  await expect(element).toHaveAttribute('data-ready', '');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const widget = element.locator('.ip4');
  await expect.poll(() => widget.evaluate(printed).then((r) => r.cardsWithText)).toBe(CARDS);
  expectPrinted(await widget.evaluate(printed));
});
