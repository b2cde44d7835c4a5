// The widget page as a reader meets it in Firefox and WebKit: every card by click, Enter and
// Space, the tabs by arrow keys, the map's labels, a deep link and a phone's width, with no
// console error (dark mode: dark.spec.mjs).
import { test, expect, Key, S, WIDGET } from '../support/reader.mjs';
import { CARDS, PINNED_CARDS } from '../../static/contract.js';

test('comes up from a sub-path with every card and no error', async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  const titles = [];
  for (const id of PINNED_CARDS) titles.push(await reader.shows(id, 'title'));
  expect(titles).toEqual(PINNED_CARDS.map(() => true));
  expect(await reader.problems()).toEqual([]);
});

test('every card in every tab opens and closes by click, Enter and Space', async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  const views = await reader.views();
  expect(views.length).toBe(4);
  let cards = 0;
  for (const view of views) {
    await reader.clickTab(view);
    for (const id of await reader.shownCards()) {
      const shown = () => reader.shows(id, 'body');
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
  expect(cards).toBe(CARDS.length);
  expect(await reader.problems()).toEqual([]);
});

test('tabs work with arrow keys from the keyboard alone', async ({ reader }) => {
  await reader.openWidget();
  await reader.ready();
  const selected = () => reader.selectedTab();
  const first = (await selected())[0];
  await reader.focusSelectedTab();
  await reader.press(Key.ARROW_RIGHT);
  expect(await selected()).toEqual(['People', true]);
  expect(await reader.shows('hicks', 'title')).toBe(true);
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
    await reader.clickMapLabel(id);
    expect([id, await reader.expanded(id)]).toEqual([id, 'true']);
    expect([id, await reader.focused(id)]).toEqual([id, true]);
  }
  expect(await reader.problems()).toEqual([]);
});

test('a deep link opens its card and brings it into view; a new hash opens another', async ({ reader }) => {
  await reader.openWidget('', '#nato-ip4/thursday-talks');
  await reader.ready();
  const inView = (id) => reader.inView(id);
  expect(await reader.expanded('thursday-talks')).toBe('true');
  expect(await inView('thursday-talks')).toBe(true);
  await reader.host(() => { location.hash = '#nato-ip4/hicks'; });
  await reader.until(async () => (await reader.expanded('hicks')) === 'true', 'the hicks card to open');
  expect(await inView('hicks')).toBe(true);
  expect(await reader.problems()).toEqual([]);
});

test('on a 360 px phone, nothing overflows sideways, and the map and the first card titles fit the first screen', async ({ reader }) => {
  await reader.openWindow(WIDGET, { width: 360, height: 640 });
  await reader.until(() => reader.host((host) => document.querySelector(host)?.hasAttribute('data-ready'), S.host), 'the widget to start');
  const layout = await reader.host((S) => {
    const box = (selector) => document.querySelector(`${S.host} ${selector}`).getBoundingClientRect();
    const top = box(S.widget).top;
    return {
      width: innerWidth,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      map: box(S.drawing).height,
      mapBottom: box(S.drawing).bottom - top,
      firstTitle: box(`${S.shownPanel} ${S.title}`).bottom - top,
    };
  }, S);
  expect(layout.width).toBe(360);
  expect(layout.overflow, 'nothing is wider than the screen').toBeLessThanOrEqual(0);
  expect(layout.map, 'the map is no taller than a third of the screen').toBeLessThanOrEqual(640 / 3);
  expect(layout.mapBottom).toBeLessThanOrEqual(640);
  expect(layout.firstTitle, 'the first card title shows in the first screen').toBeLessThanOrEqual(640);
  expect(await reader.problems()).toEqual([]);
});
