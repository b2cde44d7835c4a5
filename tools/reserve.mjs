// `make reserve`: measures the explainer's height (closed, first view) at every width from 240
// to 1600 px in Chromium and writes the table the build reserves the embeds' heights from
// (crates/finish/reserve.toml): one row wherever the height but the map's drawing, or the
// widget's padding, changes. The drawing's own height follows from its width (the build takes
// its ratio from the drawing itself), up to its largest width.
// Usage: make reserve   (serves the tests' build itself)
import { chromium } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { launchOptions } from '../tests/support/chromium.mjs';
import { MAX_WIDTH, MIN_WIDTH, measure } from '../tests/support/reserve.mjs';
import { DIST, PREFIX, WIDGET, WIDGET_PORT, serve } from '../tests/support/server.mjs';

const TABLE = 'crates/finish/reserve.toml';

/** The table: the drawing's largest width in ems, and a row wherever the rest changes. */
function table(rows) {
  const largest = Math.max(...rows.map(([, , , , drawingEms]) => drawingEms));
  const out = [`# The widget's height by the width it is given (closed, first view), as \`make reserve\`
# measures it in Chromium (tools/reserve.mjs); do not edit by hand. The build writes from it
# the heights the embeds reserve (embed.css) and the snippets' and oEmbed's iframe heights
# (crates/finish/src/reserve.rs).
#
# At a width w of at least a row's \`width\` (px), the widget is \`rest\` px tall, plus its map
# drawing: min(w - padding, drawing_max_em em) times the drawing's height per width.

drawing_max_em = ${Number(largest.toFixed(3))}
`];
  let last = null;
  for (const [width, , rest, padding] of rows) {
    const key = `${rest.toFixed(3)} ${padding}`;
    if (key === last) continue;
    last = key;
    out.push(`[[from]]\nwidth = ${width}\nrest = ${Number(rest.toFixed(3))}\npadding = ${padding}\n`);
  }
  return out.join('\n');
}

const server = await serve({ port: WIDGET_PORT, root: DIST, prefix: PREFIX });
const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  const widths = [];
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w += 1) widths.push(w);
  const text = table(await measure(page, WIDGET, widths));
  await writeFile(TABLE, text);
  console.log(`wrote ${text.split('[[from]]').length - 1} rows to ${TABLE}; the next build reserves them`);
} finally {
  await browser.close();
  server.close();
}
