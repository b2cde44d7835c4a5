// How the explainer starts, wherever it starts: the widget page and frame.html (boot.js) and
// the custom element (embed.js) import these; a release build bundles them into each, as it
// does contract.js. Each caller keeps only what its place needs: boot.js the page's own
// answers before the wasm is up, embed.js the element's shadow root and reserved height.
// Nothing here throws into the page that runs it.
import { OPTIONS, TAG } from './contract.js';

/** The options `read(name)` gives (null where one is not given), as `mount` takes them. */
export function optionsFrom(read) {
  const options = {};
  for (const name of OPTIONS) {
    const value = read(name);
    if (value !== null) options[name] = value;
  }
  return options;
}

/**
 * A plain copy of what a host page gave as options: its own enumerable keys, each with its
 * value if that is a string, number or boolean (the widget names any that is not a string).
 * Whatever cannot be read (a Proxy whose traps throw, a getter that throws) is named on the
 * console and left out, so that the widget only ever reads plain data.
 */
export function plainOptions(given) {
  const options = {};
  if (given === undefined || given === null) return options;
  let keys;
  try {
    keys = typeof given === 'object' && !Array.isArray(given) ? Object.keys(given) : null;
  } catch {
    keys = null;
  }
  if (keys === null) {
    console.error(`${TAG}: options must be a plain object; using the defaults`);
    return options;
  }
  for (const key of keys) {
    try {
      const value = given[key];
      options[key] = ['string', 'number', 'boolean'].includes(typeof value) ? value : null;
    } catch {
      console.error(`${TAG}: option "${key}" could not be read; using the default instead`);
    }
  }
  return options;
}

/**
 * The handle `mount()` resolves to: the wasm's own, behind methods that take any value and
 * never throw. A failure inside is named on the console once per call.
 */
function safeHandle(mounted) {
  let live = mounted;
  return Object.freeze({
    update(options) {
      try {
        live?.update(plainOptions(options));
      } catch (error) {
        console.error(`${TAG}: update() failed; the widget stays as it was.`, error);
      }
    },
    unmount() {
      try {
        live?.unmount();
        live?.free();
      } catch (error) {
        console.error(`${TAG}: unmount() failed.`, error);
      } finally {
        live = null;
      }
    },
  });
}

/** A number no other widget on the page has, whichever deployment of it started it. */
function nextInstance() {
  const key = Symbol.for(`${TAG}.instances`);
  globalThis[key] = (globalThis[key] ?? 0) + 1;
  return globalThis[key];
}

let widget = null;
let failures = 0;

/**
 * The wasm widget, loaded and started once per page; rejects if it cannot start. A start
 * that failed (no network, a 404, a wasm that will not instantiate) is forgotten: the next
 * caller loads everything afresh.
 */
export function loadWidget() {
  widget ??= load().catch((error) => {
    widget = null;
    failures += 1;
    throw error;
  });
  return widget;
}

async function load() {
  // The wasm downloads (and compiles, as it streams) while its glue loads, not after. The
  // pages do not preload it: its request, made with the stylesheets', held back their first
  // paint, and asked for here, as the page is parsed, it comes in soon enough
  // (docs/performance.md, "Tried and left out").
  const wasm = fetch(new URL('nato-ip4_bg.wasm', import.meta.url), { referrerPolicy: 'no-referrer' });
  wasm.catch(() => {}); // a failed download is reported where the widget starts
  // The glue: in a release build boot.js carries it inside (crates/finish/src/shrink.rs), so
  // the pages load it with boot.js and need no modulepreload; embed.js imports it from here.
  // A module that failed once stays failed for the page's life, and a module that started a
  // wasm which then trapped keeps that instance: after a failure the glue is imported anew,
  // under an address of its own.
  const module = failures === 0
    ? await import('./nato-ip4.js')
    : await import(`${new URL('./nato-ip4.js', import.meta.url).href}?attempt=${failures}`);
  await module.default({ module_or_path: wasm });
  return module;
}

/**
 * Renders the widget into `element` with `options` (any value: plainOptions), once it is
 * loaded. Resolves to a handle with update(options) and unmount(), or to null when the
 * widget could not start; never rejects.
 */
export async function mountWidget(element, options) {
  try {
    let isElement;
    try {
      isElement = element instanceof Element;
    } catch {
      isElement = false;
    }
    if (!isElement) {
      console.error(`${TAG}: mount(element, options) needs an element to render into`);
      return null;
    }
    const given = plainOptions(options);
    const module = await loadWidget();
    const mounted = module.mount(element, given, nextInstance());
    return mounted ? safeHandle(mounted) : null;
  } catch (error) {
    reportFailedStart(error);
    return null;
  }
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
  return module.mount(container, options, nextInstance()) ?? null;
}

/** The one console error a failed start gives; the text on the page stays as it is. */
export function reportFailedStart(error) {
  console.error(`${TAG}: the interactive version could not start; the text stays readable.`, error);
}
