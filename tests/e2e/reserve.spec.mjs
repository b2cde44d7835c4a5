// The embeds reserve the widget's height by width (the build writes the rules into embed.css
// from crates/finish/reserve.toml, which `make reserve` measures). If the article data or the
// CSS changed since, the reservation is stale and pasted snippets would jump: this test says
// so, comparing what a browser reserves from the shipped embed.css with the widget's height.
import { test, expect } from '@playwright/test';
import { WIDGET } from '../support/hosts.mjs';
import { MAX_WIDTH, MIN_WIDTH, measure, reserved } from '../support/reserve.mjs';

test('the reserved height is the widget’s height at every sampled width', async ({ page }) => {
  const widths = [];
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w += 7) widths.push(w);
  const widget = await measure(page, WIDGET, widths);
  const reservations = await reserved(page, WIDGET, widths);
  const stale = widget.flatMap(([width, height], i) =>
    (Math.abs(reservations[i] - height) > 0.1 ? [`${width}px: reserved ${reservations[i]}, widget ${height}`] : []));
  expect(stale, 'the reserved heights are stale: run `make reserve`').toEqual([]);
});
