// The embed snippets reserve the widget's height by width from a table in embed.css
// (`make reserve` writes it). If the article data or the CSS changed since, the table is
// stale and pasted snippets would jump: this test says so.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { WIDGET } from './hosts.mjs';
import { MIN_WIDTH, MAX_WIDTH, measure, reserved } from '../../tools/reserve.mjs';

/** The rules in embed.css, as [min-width, rest, padding]. */
function table() {
  const css = readFileSync('static/embed.css', 'utf8');
  return [...css.matchAll(/min-width: (\d+)px\) \{ \.nato-ip4-reserve \{ height: calc\(([\d.]+)px \+ min\(100cqi - ([\d.]+)px/g)]
    .map(([, width, rest, padding]) => [Number(width), Number(rest), Number(padding)]);
}

test('the reserved height is the widget’s height at every sampled width', async ({ page }) => {
  const rules = table();
  expect(rules.length).toBeGreaterThan(0);
  const widths = [];
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w += 7) widths.push(w);
  const stale = [];
  for (const [width, rest, padding] of await measure(page, WIDGET, widths)) {
    const [, ruleRest, rulePadding] = rules.filter(([min]) => min <= width).at(-1);
    const want = reserved([rest, padding], width);
    const got = reserved([ruleRest, rulePadding], width);
    if (Math.abs(got - want) > 0.01) stale.push(`${width}px: reserved ${got}, widget ${want}`);
  }
  expect(stale, 'the table in static/embed.css is stale: run `make reserve`').toEqual([]);
});
