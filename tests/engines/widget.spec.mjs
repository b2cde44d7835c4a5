// The widget page as a reader meets it in Firefox and WebKit: every card by click, Enter and
// Space, the tabs by arrow keys, the map's labels, a deep link and a phone's width, with no
// console error (dark mode: dark.spec.mjs).
import { test, expect, Key, WIDGET } from './reader.mjs';
import { EIGHT } from '../e2e/cards.mjs';

test('comes up from a sub-path with every card and no error', async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  const titles = await reader.widget((scope, ids) => ids.map((id) =>
    scope.querySelector(`[data-card="${id}"] .ip4-card-title`)?.checkVisibility() ?? false), EIGHT);
  expect(titles).toEqual(EIGHT.map(() => true));
  expect(await reader.problems()).toEqual([]);
});

test('every card in every tab opens and closes by click, Enter and Space', async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  const tabs = await reader.widget((scope) => [...scope.querySelectorAll('[role=tab]')].map((tab) => tab.id));
  expect(tabs.length).toBe(4);
  let cards = 0;
  for (const tab of tabs) {
    await reader.click(`#${tab}`);
    const ids = await reader.widget((scope) =>
      [...scope.querySelectorAll('.ip4-panel:not([hidden]) [data-card]')].map((card) => card.dataset.card));
    for (const id of ids) {
      const shown = () => reader.widget((scope, card) =>
        scope.querySelector(`[data-card="${card}"] .ip4-card-body`)?.checkVisibility() ?? false, id);
      await reader.clickCard(id);
      expect([id, await reader.expanded(id), await shown()]).toEqual([id, 'true', true]);
      await reader.press(Key.ENTER);
      expect([id, await reader.expanded(id), await shown()]).toEqual([id, 'false', false]);
      await reader.press(Key.SPACE);
      expect([id, 'Space', await reader.expanded(id)]).toEqual([id, 'Space', 'true']);
      await reader.clickCard(id);
      expect([id, await reader.expanded(id)]).toEqual([id, 'false']);
      cards += 1;
    }
  }
  expect(cards).toBe(20);
  expect(await reader.problems()).toEqual([]);
});

test('tabs work with arrow keys from the keyboard alone', async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  const selected = () => reader.widget((scope) => {
    const tab = scope.querySelector('[role=tab][aria-selected=true]');
    return [tab.textContent.trim(), scope.activeElement === tab || document.activeElement === tab];
  });
  const first = (await selected())[0];
  await reader.widget((scope) => scope.querySelector('[role=tab][aria-selected=true]').focus());
  await reader.press(Key.ARROW_RIGHT);
  expect(await selected()).toEqual(['People', true]);
  expect(await reader.widget((scope) => scope.querySelector('[data-card="hicks"] .ip4-card-title').checkVisibility())).toBe(true);
  await reader.press(Key.ARROW_LEFT);
  expect(await selected()).toEqual([first, true]);
  await reader.press(Key.ARROW_LEFT);
  expect(await selected()).toEqual(['Context', true]);
  await reader.press(Key.ARROW_RIGHT);
  expect(await selected()).toEqual([first, true]);
  expect(await reader.problems()).toEqual([]);
});

test("a partner's label on the map opens its card and moves focus to it", async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  for (const id of ['australia', 'japan', 'south-korea', 'new-zealand']) {
    await reader.click(`.ip4-map-label[data-map="${id}"]`);
    expect([id, await reader.expanded(id)]).toEqual([id, 'true']);
    const focused = await reader.widget((scope, card) =>
      scope.activeElement === scope.querySelector(`[data-card="${card}"] button[aria-controls]`), id);
    expect([id, focused]).toEqual([id, true]);
  }
  expect(await reader.problems()).toEqual([]);
});

test('a deep link opens its card and brings it into view; a new hash opens another', async ({ reader }) => {
  await reader.openWidget('', '#nato-ip4/thursday-talks');
  await reader.ready();
  const inView = (id) => reader.widget((scope, card) => {
    const box = scope.querySelector(`[data-card="${card}"]`).getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  }, id);
  expect(await reader.expanded('thursday-talks')).toBe('true');
  expect(await inView('thursday-talks')).toBe(true);
  await reader.host(() => { location.hash = '#nato-ip4/hicks'; });
  await reader.until(async () => (await reader.expanded('hicks')) === 'true', 'the hicks card to open');
  expect(await inView('hicks')).toBe(true);
  expect(await reader.problems()).toEqual([]);
});

test('on a 360 px phone, nothing overflows sideways, and the map and the first card titles fit the first screen', async ({ reader }) => {
  await reader.openWindow(WIDGET, { width: 360, height: 640 });
  await reader.until(() => reader.host(() => document.querySelector('#nato-ip4')?.hasAttribute('data-ready')), 'the widget to start');
  const layout = await reader.host(() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    const top = box('#nato-ip4 .ip4').top;
    return {
      width: innerWidth,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      map: box('#nato-ip4 .ip4-map-drawing').height,
      mapBottom: box('#nato-ip4 .ip4-map-drawing').bottom - top,
      firstTitle: box('#nato-ip4 .ip4-panel:not([hidden]) .ip4-card-title').bottom - top,
    };
  });
  expect(layout.width).toBe(360);
  expect(layout.overflow, 'nothing is wider than the screen').toBeLessThanOrEqual(0);
  expect(layout.map, 'the map is no taller than a third of the screen').toBeLessThanOrEqual(640 / 3);
  expect(layout.mapBottom).toBeLessThanOrEqual(640);
  expect(layout.firstTitle, 'the first card title shows in the first screen').toBeLessThanOrEqual(640);
  expect(await reader.problems()).toEqual([]);
});
