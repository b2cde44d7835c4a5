// Measures the explainer's height (closed, first view) at every width from 240 to 1600 px
// in Chromium and writes the table into static/embed.css, between the reserve markers.
// The embed snippets use it to reserve the widget's final size before it starts.
// Usage: make reserve   (needs a built dist/)
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { DIST, PREFIX, WIDGET, WIDGET_PORT, serve } from '../tests/e2e/server.mjs';
import { launchOptions } from '../tests/chromium.mjs';

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 1600;

// The map's drawing keeps its aspect ratio up to a largest width, so the widget's height is
// the rest (which changes in steps, where text wraps) plus the drawing's height (which grows
// with the width): each rule is `calc(rest + min(100cqi - padding, largest) * ratio)`.
export const MAP_RATIO = 277 / 640;
// 34em at the widget's own font size (medium, 16px here): the drawing's largest width.
export const MAP_MAX = 544;

/** The widget in frame.html by viewport width: [width, rest, horizontal padding] rows. */
export async function measure(page, origin, widths) {
  await page.setViewportSize({ width: widths[0], height: 800 });
  await page.goto(`${origin}frame.html`);
  await page.locator('#nato-ip4[data-ready]').waitFor();
  const rows = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    rows.push([width, ...await page.evaluate(() => {
      const widget = document.querySelector('.ip4');
      const style = getComputedStyle(widget);
      const drawing = widget.querySelector('.ip4-map-drawing')?.getBoundingClientRect().height ?? 0;
      return [widget.getBoundingClientRect().height - drawing, parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)];
    })]);
  }
  return rows;
}

/** The height a rule reserves at a width. */
export const reserved = ([rest, padding], width) => rest + Math.min(width - padding, MAP_MAX) * MAP_RATIO;

/** CSS rules for the heights, one rule wherever the rest or the padding changes. */
export function rules(rows) {
  const out = [];
  let last = null;
  for (const [width, rest, padding] of rows) {
    const key = `${rest.toFixed(3)} ${padding}`;
    if (key === last) continue;
    last = key;
    out.push(`  @container nato-ip4 (min-width: ${width}px) { .nato-ip4-reserve { height: calc(${Number(rest.toFixed(3))}px + min(100cqi - ${padding}px, 34em) * ${MAP_RATIO}) !important; } }`);
  }
  return `@media (scripting: enabled) {\n${out.join('\n')}\n}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const widths = [];
    for (let w = MIN_WIDTH; w <= MAX_WIDTH; w += 1) widths.push(w);
    const table = rules(await measure(page, WIDGET, widths));
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
