// Starts the explainer on the widget page (index.html) and in frame.html.
//
// A module, so it holds back neither the parser nor the first paint of the prerendered
// text. Deferred: starting the wasm's compile during the parse, from an async module, did
// not bring data-ready sooner (`make ab`).
// Until the wasm is up the page answers the reader itself (early.js). Then the wasm renders
// the same markup out of sight and takes over in one step, repeating what the reader changed
// and keeping focus where it was: no click is lost and nothing moves.
//
// Options come from the page's query: ?theme=dark&view=people&card=japan.
import { HOST_ID, VIEW_ATTR } from './contract.js';
import { TOGGLES, adopt, stop, touched } from './early.js';
import { loadWidget, optionsFrom, renderOutOfSight, reportFailedStart } from './start.js';

{
  const base = import.meta.url;

  /** The position of `node` under `root`, as element-child indices; null if outside. */
  function pathTo(root, node) {
    const path = [];
    for (; node && node !== root; node = node.parentElement) {
      if (!node.parentElement) return null;
      path.unshift([...node.parentElement.children].indexOf(node));
    }
    return node ? path : null;
  }

  /** In the widget rendered in `root`, repeats what the reader did before the wasm was up. */
  function repeatTouched(root) {
    const toggles = root.querySelectorAll(TOGGLES);
    for (const [at, open] of touched.toggles) {
      if (toggles[at].getAttribute('aria-expanded') !== String(open)) toggles[at].click();
    }
    const tab = touched.view && root.querySelector(`[${VIEW_ATTR}="${touched.view}"]`);
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
  }

  /** Shows the widget rendered in `next` in the place of the page's own `old` markup. */
  function swapIn(host, old, next) {
    // The same markup, in the state the options ask for: now repeat what the reader did.
    const root = next.firstElementChild;
    repeatTouched(root);
    const focused = pathTo(old, document.activeElement);
    stop();
    old.remove();
    next.hidden = false;
    host.setAttribute('data-ready', '');
    // Where the reader's focus was, after Yew has rendered the repeated clicks (in the
    // next microtask). Only then: focus() lays the page out at once, and with nothing to
    // focus that delayed the first frame that shows the widget.
    if (focused) {
      queueMicrotask(() => {
        let node = root;
        for (const index of focused) node = node?.children[index];
        node?.focus({ preventScroll: true });
      });
    }
  }

  function takeOver(module) {
    const host = document.getElementById(HOST_ID);
    const old = host.firstElementChild;
    const next = document.createElement('div');
    // Yew fires `ready` from an effect, inside its scheduler's loop: take over once that loop
    // has run, in a microtask (Yew 0.22 runs it to the end in one go). Not in a task of its
    // own: other tasks got in first (the page's SVG favicon, a frame), and the takeover later.
    // Until then the page still answers the reader itself.
    next.addEventListener('ready', () => queueMicrotask(() => swapIn(host, old, next)), { once: true });
    const query = new URLSearchParams(location.search);
    const options = optionsFrom((name) => query.get(name));
    renderOutOfSight(module, next, host, old, options);
  }

  // The widget page's Embed panel: its script loads only when a producer opens it.
  document.addEventListener('toggle', (event) => {
    if (event.target.matches?.('details.embed-panel') && event.target.open) {
      import(new URL('embed-panel.js', base).href);
    }
  }, true);

  const loaded = loadWidget();
  const parsed = new Promise((done) => {
    if (document.readyState !== 'loading') done();
    else document.addEventListener('DOMContentLoaded', done, { once: true });
  });
  let parsedFirst = false;
  parsed.then(() => {
    parsedFirst = true;
    adopt();
  });
  // As soon as the wasm is in, when the page was parsed first (the usual order): waiting
  // for a task of its own let a frame in first (`make ab`). When the wasm is in first, in a
  // task of its own after the parse: inside DOMContentLoaded its work would join the
  // browser's first layout of the page in one long task.
  loaded.then(async (module) => {
    if (!parsedFirst) {
      await parsed;
      await new Promise((done) => setTimeout(done, 0));
    }
    takeOver(module);
  }).catch(reportFailedStart);
}
