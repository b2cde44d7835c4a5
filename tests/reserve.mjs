// Measures the explainer's height (closed, first view) at every width from 240 to 1600 px
// in Chromium and writes the table into static/embed.css, between the reserve markers.
// The embed snippets use it to reserve the widget's final size before it starts.
// Usage: make reserve   (needs a built dist/)
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { serve } from './e2e/server.mjs';
import { launchOptions } from './chromium.mjs';

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 1600;

/** Heights of the widget in frame.html by viewport width, as [width, height] pairs. */
export async function measure(page, origin, widths) {
  await page.setViewportSize({ width: widths[0], height: 800 });
  await page.goto(`${origin}frame.html`);
  await page.locator('#nato-ip4[data-ready]').waitFor();
  const heights = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    heights.push([width, await page.evaluate(() => document.querySelector('.ip4').getBoundingClientRect().height)]);
  }
  return heights;
}

/** CSS rules for the heights, one rule wherever the height changes. */
export function rules(heights) {
  const out = [];
  let last = null;
  for (const [width, height] of heights) {
    const px = Number(height.toFixed(3));
    if (px === last) continue;
    last = px;
    out.push(`  @container nato-ip4 (min-width: ${width}px) { .nato-ip4-reserve { height: ${px}px !important; } }`);
  }
  return `@media (scripting: enabled) {\n${out.join('\n')}\n}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve({ port: 4181, root: 'dist', prefix: '/ip4/' });
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const widths = [];
    for (let w = MIN_WIDTH; w <= MAX_WIDTH; w += 1) widths.push(w);
    const table = rules(await measure(page, 'http://127.0.0.1:4181/ip4/', widths));
    const css = await readFile('static/embed.css', 'utf8');
    const updated = css.replace(/\/\* reserve:start \*\/[\s\S]*\/\* reserve:end \*\//,
      `/* reserve:start */\n${table}\n/* reserve:end */`);
    await writeFile('static/embed.css', updated);
    console.log(`wrote ${table.split('\n').length - 2} height rules to static/embed.css`);
  } finally {
    await browser.close();
    server.close();
  }
}
