// Byte budget, deterministic: everything the widget page, and the element on a host page,
// transfer once the widget is up, each body gzip-compressed (level 9) as a static host
// compressing each response would serve it, and as the build's own Zopfli `.gz` copies, which
// a host serving them sends (tests/support/compressed.mjs). The figures, and the brotli totals, are
// printed on every run.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { BUDGET, GOALS, collectTransfers, elementAdds, sizes } from '../support/compressed.mjs';
import { WIDGET_ORIGIN, openHost } from '../support/hosts.mjs';
import { DIST, releaseFolder } from '../support/server.mjs';
import { customSections } from '../support/wasm.mjs';

function report(label, bodies) {
  const { rows, total } = sizes(bodies);
  console.log(`${label}:\n${rows.map((r) => `  ${r.name}: ${r.raw} B raw, ${r.gzip} B gzip -9, ${r.shipped} B the build's .gz, ${r.brotli} B brotli`).join('\n')}`);
  console.log(`${label}: ${total.gzip} B gzip -9 (budget ${BUDGET} B), ${total.shipped} B the build's .gz, ${total.brotli} B brotli, ${total.raw} B raw`);
  return { gzip: total.gzip, shipped: total.shipped, names: rows.map((r) => r.name) };
}

test('the widget page transfers no more than its gzip budget', async ({ page }) => {
  const bodies = collectTransfers(page);
  await page.goto('./');
  await expect(page.locator('#nato-ip4')).toHaveAttribute('data-ready', '');
  await page.waitForLoadState('networkidle');
  const { gzip: total, shipped, names } = report('widget page', bodies);
  expect(names, 'the wasm is among the transfers').toContain('nato-ip4_bg.wasm');
  // boot.js carries the glue (crates/finish/src/shrink.rs, GLUE_INSIDE): one script to load.
  expect(names.filter((name) => name.endsWith('.js')), 'the scripts the page loads').toEqual(['boot.js']);
  expect(total).toBeLessThanOrEqual(BUDGET);
  expect(shipped, "with the build's .gz copies").toBeLessThanOrEqual(GOALS.page);
});

test('the element adds no more than the gzip budget to a host page', async ({ page }) => {
  const bodies = collectTransfers(page, WIDGET_ORIGIN);
  await openHost(page, { embed: 'element' });
  await expect(page.locator('nato-ip4-explainer')).toHaveAttribute('data-ready', '');
  await page.waitForLoadState('networkidle');
  const { gzip: total, shipped, names } = report('element on a host page', elementAdds(bodies));
  expect(names).toEqual(expect.arrayContaining(['embed.js', 'nato-ip4.js', 'nato-ip4_bg.wasm']));
  expect(total).toBeLessThanOrEqual(BUDGET);
  expect(shipped, "with the build's .gz copies").toBeLessThanOrEqual(GOALS.element);
});

test('the shipped wasm carries no section that no browser reads', () => {
  const folder = releaseFolder();
  const shipped = readFileSync(`${DIST}/v/${folder}/nato-ip4_bg.wasm`);
  // Names, the producers and the target features are for tools; the build drops them last
  // (crates/finish/src/shrink.rs).
  expect(customSections(shipped)).toEqual([]);
  // What cargo built, before the build's finishing, has them: the reading above finds them.
  const built = readFileSync('target/wasm32-unknown-unknown/release/nato_ip4.wasm');
  expect(customSections(built)).toEqual(expect.arrayContaining(['producers', 'target_features']));
});
