// `make bench`'s results as Markdown: the start-up and interaction table, the goals met or
// missed, the transfer per asset, what the map weighs, and Lighthouse's scores.
import { elementAdds, gzip, GOALS, sizes } from '../../tests/support/compressed.mjs';
import { LOADS } from './measure.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === null || n === undefined ? '–' : `${n.toFixed(0)} ms`);
const event = (n) => (n < 16 ? '< 16 ms' : `${n.toFixed(0)} ms`);

function transferTable({ rows, total }) {
  const lines = ['| asset | raw | gzip -9 | gzip, the build\'s `.gz` | brotli |', '|---|---:|---:|---:|---:|'];
  const columns = (r) => [r.raw, r.gzip, r.shipped, r.brotli].map(kb);
  for (const row of rows) lines.push(`| ${row.name} | ${columns(row).join(' | ')} |`);
  lines.push(`| **total** | ${columns(total).map((n) => `**${n}**`).join(' | ')} |`);
  return lines.join('\n');
}

/**
 * What the locator map adds to the widget page's transfer, measured by taking it out: its
 * figure from the page, and every rule that names it from the stylesheet (gzip). The wasm's
 * map code cannot be taken out of a built wasm; the README gives it as measured by a build
 * without the map.
 */
function mapWeight(result) {
  const text = (name) => result.assets.find((asset) => asset.name === name).body.toString();
  const page = text('index.html');
  const css = text('explainer.css');
  const figure = /<figure class="ip4-map"[\s\S]*?<\/figure>/;
  if (!figure.test(page)) throw new Error('the widget page has no map figure');
  const html = gzip(page) - gzip(page.replace(figure, ''));
  const styles = gzip(css) - gzip(css.replace(/[^{}]*ip4-(?:map|key)[^{}]*\{[^{}]*\}/g, ''));
  return `| the map's drawing, labels and legend in index.html | ${kb(html)} |\n| its rules in explainer.css | ${kb(styles)} |\n| **together** | **${kb(html + styles)}** |`;
}

const longTasks = (runs) => {
  const hit = runs.filter((list) => list.length);
  if (!hit.length) return `none in ${runs.length} loads`;
  return `in ${hit.length} of ${runs.length} loads, longest ${Math.max(...hit.flat()).toFixed(0)} ms`;
};

/**
 * The report: `results` from measure.mjs, `machine` a line saying where it ran, `scores`
 * Lighthouse's [title, score] pairs (or an Error).
 */
export function report(results, machine, scores) {
  const out = [];
  out.push(machine);
  out.push('');
  out.push(`Start-up times are medians of ${LOADS} fresh loads; long tasks are counted in each of them.`);
  out.push('');
  out.push('| page | CPU | all card titles visible | data-ready | long tasks > 50 ms (start-up) | toggle → DOM updated p50 / p95 | click interaction (Event Timing) p50 / p95 | JS heap: load → 1,000 toggles | wasm memory: load → 1,000 toggles |');
  out.push('|---|---|---:|---:|---|---:|---:|---|---|');
  for (const r of results) {
    out.push(`| ${r.scenario} | ${r.slowdown}x | ${ms(r.titles)} | ${ms(r.ready)} | ${longTasks(r.longTasks)} | ${r.toggle ? `${r.toggle.dom[0].toFixed(1)} / ${r.toggle.dom[1].toFixed(1)} ms` : '–'} | ${r.inp ? `${event(r.inp.p50)} / ${event(r.inp.p95)}` : '–'} | ${r.memoryAfterLoad ? `${kb(r.memoryAfterLoad.heap)} → ${kb(r.memoryAfterToggles.heap)}` : '–'} | ${r.memoryAfterLoad ? `${kb(r.memoryAfterLoad.wasm)} → ${kb(r.memoryAfterToggles.wasm)}` : '–'} |`);
  }
  out.push('');
  out.push('At 4x, data-ready against twice the static floor\'s "all card titles visible" (the goal):');
  out.push('');
  for (const r of results.filter((x) => x.slowdown === 4 && x.ready !== null)) {
    const floor = results.find((x) => x.slowdown === 4 && x.floorOf === r.scenario);
    const limit = 2 * floor.titles;
    out.push(`- ${r.scenario}: ${ms(r.ready)} against ${ms(limit)}: ${r.ready <= limit ? 'met' : 'missed'}.`);
  }
  out.push('');
  out.push('The widget page against its static floor ("all card titles visible" with the scripts removed): its own text (goal: at most 1.10x) and, at 4x, data-ready (goal: at most 1.5x):');
  out.push('');
  for (const r of results.filter((x) => x.scenario === 'widget page')) {
    const floor = results.find((x) => x.slowdown === r.slowdown && x.floorOf === r.scenario);
    const titles = r.titles / floor.titles;
    let line = `- ${r.scenario}, ${r.slowdown}x: titles ${ms(r.titles)} against ${ms(floor.titles)}, ${titles.toFixed(2)}x (${titles <= 1.1 ? 'met' : 'missed'})`;
    if (r.slowdown === 4) {
      const ready = r.ready / floor.titles;
      line += `; data-ready ${ms(r.ready)}, ${ready.toFixed(2)}x (${ready <= 1.5 ? 'met' : 'missed'})`;
    }
    out.push(`${line}.`);
  }
  out.push('');
  out.push(`Bytes, gzip (goal: at most ${GOALS.page / 1024} KB for everything the widget page loads, ${GOALS.element / 1024} KB for what the element adds to a host page: its snippet and what it loads from the widget's origin), from a host that serves the build's own \`.gz\` copies and from one that compresses each response at level 9:`);
  out.push('');
  // Each transfer measured once, at 1x (every load of a page transfers the same).
  const at1x = new Map(results.filter((r) => r.slowdown === 1).map((r) => [r.scenario, r.assets]));
  const transfers = new Map([...at1x].map(([scenario, assets]) => [scenario, sizes(assets)]));
  const counted = [['widget page', transfers.get('widget page'), GOALS.page],
    ['what the element adds to a host page', sizes(elementAdds(at1x.get('element on host page'))), GOALS.element]];
  for (const [name, { total }, goal] of counted) {
    const verdict = (n) => (n <= goal ? 'met' : 'missed');
    out.push(`- ${name}: ${kb(total.shipped)} with the build's \`.gz\` (${verdict(total.shipped)}); ${kb(total.gzip)} at gzip -9 (${verdict(total.gzip)}).`);
  }
  for (const r of results.filter((x) => x.slowdown === 1)) {
    out.push('');
    out.push(`Transfer, ${r.scenario}:`);
    out.push('');
    out.push(transferTable(transfers.get(r.scenario)));
  }
  out.push('');
  out.push('The map on the widget page (gzip; budget 8 KB with its wasm code):');
  out.push('');
  out.push('| part | gzip |');
  out.push('|---|---:|');
  out.push(mapWeight(results.find((r) => r.scenario === 'widget page' && r.slowdown === 1)));
  out.push('');
  out.push('Lighthouse, widget page:');
  out.push('');
  out.push('| category | score |');
  out.push('|---|---:|');
  out.push(scores instanceof Error
    ? `| Lighthouse could not run | ${String(scores.message).split('\n')[0]} |`
    : scores.map(([title, score]) => `| ${title} | ${score} |`).join('\n'));
  return out.join('\n');
}
