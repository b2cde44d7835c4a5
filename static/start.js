// How the explainer starts, wherever it starts: the widget page and frame.html (boot.js) and
// the custom element (embed.js) import these; a release build bundles them into each, as it
// does protocol.js. Each caller keeps only what its place needs: boot.js the page's own
// answers before the wasm is up, embed.js the element's shadow root and reserved height.

/** The embed options: boot.js reads them from the page's query, embed.js from attributes. */
export const OPTIONS = ['theme', 'view', 'card'];

/** The options `read(name)` gives (null where one is not given), as `mount` takes them. */
export function optionsFrom(read) {
  const options = {};
  for (const name of OPTIONS) {
    const value = read(name);
    if (value !== null) options[name] = value;
  }
  return options;
}

let widget;

/** The wasm widget, loaded and started once per page; rejects if it cannot start. */
export function loadWidget() {
  // The wasm downloads (and compiles, as it streams) while its glue loads, not after. The
  // pages do not preload it: its request, made with the stylesheets', held back their first
  // paint, and asked for here, as the page is parsed, it comes in soon enough
  // (docs/performance.md, "Tried and left out").
  // The glue: in a release build boot.js carries it inside (crates/finish/src/shrink.rs), so
  // the pages load it with boot.js and need no modulepreload; embed.js imports it from here.
  widget ??= (() => {
    const wasm = fetch(new URL('nato-ip4_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // a failed download is reported where the widget starts
    return import('./nato-ip4.js').then(async (module) => {
      await module.default({ module_or_path: wasm });
      return module;
    });
  })();
  return widget;
}

/**
 * Renders the widget into `container`, appended to `parent` out of sight, beside the markup
 * it is to replace (the page's prerendered copy, the element's fallback), whose map drawing
 * it keeps: the wasm carries no geometry. The caller shows the container on its `ready`
 * event, in one step. Returns the wasm's handle (update, unmount), or null.
 */
export function renderOutOfSight(module, container, parent, markup, options) {
  container.hidden = true;
  parent.append(container);
  const drawing = markup.querySelector('svg.ip4-map-svg');
  if (drawing) container.append(drawing.cloneNode(true));
  return module.mount(container, options) ?? null;
}

/** The one console error a failed start gives; the text on the page stays as it is. */
export function reportFailedStart(error) {
  console.error('nato-ip4-explainer: the interactive version could not start; the text stays readable.', error);
}
