// A panic in Firefox and WebKit: the release wasm's panics are bare `unreachable` traps, and
// the trap origin serves a wasm that traps as it starts (tests/support/trapping.mjs). The page
// and the element catch it where they catch a failed start: one console error naming the
// widget, the text left readable and still answering, nothing thrown into the page.
// (Chromium: tests/e2e/trap.spec.mjs.)
import { test, expect, S } from '../support/reader.mjs';
import { TRAP_WIDGET } from '../support/server.mjs';

/** Waits for the report of the failed start, then ten frames for anything after it. */
async function reported(reader) {
  await reader.until(async () => (await reader.problems()).length > 0, 'the failed start to be reported');
  await reader.renderedFrames(10);
  const problems = await reader.problems();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('console.error: nato-ip4-explainer: the interactive version could not start');
  // It was the trap (Firefox: "unreachable executed"; WebKit: "Unreachable code should not be executed").
  expect(problems[0]).toMatch(/unreachable/i);
}

test('a trap while the widget page starts leaves one console error and the page answering', async ({ reader }) => {
  reader.where = 'page';
  await reader.open(TRAP_WIDGET);
  await reported(reader);
  expect(await reader.widget((scope) => scope.querySelector('#nato-ip4').hasAttribute('data-ready'))).toBe(false);
  const titles = await reader.widget((scope, css) =>
    [...scope.querySelectorAll(css)].filter((t) => t.checkVisibility()).length, `${S.shownPanel} ${S.title}`);
  expect(titles).toBe(8);
  // boot.js still answers the reader itself.
  await reader.clickCard('japan');
  expect(await reader.expanded('japan')).toBe('true');
  expect(await reader.shows('japan', 'body')).toBe(true);
});

test('a trap while the element starts leaves one console error and its fallback', async ({ reader }) => {
  await reader.openHost('element', { widget: 'trap' });
  await reported(reader);
  const state = await reader.host(() => {
    const element = document.querySelector('nato-ip4-explainer');
    const visible = (css) => element.querySelector(css)?.checkVisibility() ?? false;
    return {
      ready: element.hasAttribute('data-ready'),
      headline: visible('.nato-ip4-fallback h2'),
      titles: [...element.querySelectorAll('.nato-ip4-fallback li')].filter((li) => li.checkVisibility()).length,
      after: document.querySelector('p.after').checkVisibility(),
    };
  });
  expect(state).toEqual({ ready: false, headline: true, titles: 8, after: true });
});
