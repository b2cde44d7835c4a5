// A reader whose system is in dark mode, in Firefox and WebKit: the widget page and the
// element follow it (a worker of its own: the colour scheme is set where the browser starts).
import { test, expect, S } from '../support/reader.mjs';

test.use({ dark: true });

test('the page and the element are dark, and the map reads', async ({ reader }) => {
  const colours = () => reader.widget((scope, S) => {
    const widget = scope.querySelector(S.widget);
    const land = scope.querySelector(`${S.svg} ${S.land}`);
    return { background: getComputedStyle(widget).backgroundColor, text: getComputedStyle(widget).color, land: getComputedStyle(land).fill };
  }, S);
  await reader.openWidget();
  await reader.ready();
  expect(await reader.host(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  const page = await colours();
  // Dark: a background darker than its text (light-dark(#fdfcfa, #16181b) in explainer.css).
  expect(page.background).toBe('rgb(22, 24, 27)');
  expect(page.land, 'land stands out from the background').not.toBe(page.background);
  await reader.openHost('element', { policy: 'strict' });
  await reader.ready();
  expect(await colours()).toEqual(page);
  expect(await reader.problems()).toEqual([]);
});
