// Starts the explainer on the widget page (index.html) and in frame.html.
//
// A module, so it holds back neither the parser nor the first paint of the prerendered
// text. Deferred: starting the wasm's compile during the parse, from an async module, did
// not bring data-ready sooner (`make ab`).
// Before it runs the page answers the reader natively: a card's button toggles an empty
// popover of its own and the CSS shows the card open (card.rs), a tab is a link to
// `#nato-ip4/view/<view>`. When it runs it takes that state over; until the wasm is up it
// answers the reader itself: cards open and close, tabs switch (also by arrow keys),
// connections and deep links lead to their card. Then the wasm renders the same markup out
// of sight and takes over in one step, repeating what the reader changed and keeping focus
// where it was: no click is lost and nothing moves.
//
// Options come from the page's query: ?theme=dark&view=people&card=japan.
import { HOST_ID as HOST, LINK_PREFIX, VIEW_LINK } from './contract.js';
import { loadWidget, optionsFrom, renderOutOfSight, reportFailedStart } from './start.js';

{
  const base = import.meta.url;
  // What the reader changed before the takeover: card id → open, and the view and story.
  const touched = { cards: new Map(), view: null, story: null };
  let taken = false;

  const rootOf = (node) => (taken ? null : node.closest?.(`#${HOST} > .ip4`));
  const byId = (root, id) => root.querySelector(`[id="${id}"]`);

  function setOpen(root, button, open) {
    button.setAttribute('aria-expanded', String(open));
    byId(root, button.getAttribute('aria-controls')).hidden = !open;
    const card = button.closest('[data-card]');
    if (!card) {
      touched.story = open;
      return;
    }
    touched.cards.set(card.dataset.card, open);
    const title = card.querySelector('.ip4-card-title').textContent;
    root.querySelector('[role=status]').textContent = open ? `${title} opened` : '';
  }

  function select(root, tab) {
    for (const other of root.querySelectorAll('[role=tab]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      byId(root, other.getAttribute('aria-controls')).hidden = !selected;
    }
    touched.view = tab.id.slice(tab.id.lastIndexOf('-tab-') + 5);
  }

  /** Shows a card in its view, opened, scrolled into view and maybe focused. */
  function reveal(root, id, focus) {
    const card = root.querySelector(`[data-card="${id}"]`);
    if (!card) return;
    const panel = card.closest('[role=tabpanel]');
    select(root, root.querySelector(`[aria-controls="${panel.id}"]`));
    const button = card.querySelector('button[aria-controls]');
    if (button.getAttribute('aria-expanded') !== 'true') setOpen(root, button, true);
    card.scrollIntoView(true);
    if (focus) button.focus();
  }

  document.addEventListener('click', (event) => {
    const root = rootOf(event.target);
    // A button, a tab, a link to a related card, or a label or shape on the map.
    const control = root && event.target.closest('button, [role=tab], [data-to], [data-map]');
    if (!control) return;
    // Answered here: not also by the browser (a card's popover, a tab's link).
    event.preventDefault();
    const to = control.dataset.to ?? control.dataset.map;
    if (control.getAttribute('role') === 'tab') select(root, control);
    else if (to) reveal(root, to, true);
    else if (control.hasAttribute('aria-controls')) {
      setOpen(root, control, control.getAttribute('aria-expanded') !== 'true');
    }
  });

  const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };
  document.addEventListener('keydown', (event) => {
    const root = rootOf(event.target);
    if (!root || event.target.getAttribute('role') !== 'tab') return;
    // A link's Space would scroll the page; the tab is already selected.
    if (event.key === ' ') event.preventDefault();
    const step = STEPS[event.key];
    if (!step) return;
    const tabs = [...root.querySelectorAll('[role=tab]')];
    const at = tabs.indexOf(event.target);
    const next = step === 'first' ? tabs[0] : step === 'last' ? tabs.at(-1)
      : tabs[(at + step + tabs.length) % tabs.length];
    event.preventDefault();
    select(root, next);
    next.focus();
  });

  const PREFIX = LINK_PREFIX;
  const VIEW = `${PREFIX}${VIEW_LINK}`;
  function followHash() {
    const root = document.querySelector(`#${HOST} > .ip4`);
    if (!root || taken || !location.hash.startsWith(PREFIX)) return;
    if (location.hash.startsWith(VIEW)) {
      // A tab clicked before this script ran, or a link to a view.
      const tab = root.querySelector(`[role=tab][id$="-tab-${location.hash.slice(VIEW.length)}"]`);
      if (tab) select(root, tab);
    } else {
      reveal(root, location.hash.slice(PREFIX.length), false);
    }
  }

  /**
   * Takes over what the reader did before this script ran: what they opened. Each toggle
   * opened a popover of its own natively; from now on it says `aria-expanded` itself, and
   * this script answers it.
   */
  function adoptNativeState() {
    const root = document.querySelector(`#${HOST} > .ip4`);
    const popovers = HTMLElement.prototype.hasOwnProperty('popover');
    for (const button of root?.querySelectorAll('button[popovertarget]') ?? []) {
      const marker = byId(root, button.getAttribute('popovertarget'));
      button.removeAttribute('popovertarget');
      // Without the popover API the buttons did nothing natively.
      const open = popovers && marker.matches(':popover-open');
      if (open) marker.hidePopover();
      if (open) setOpen(root, button, true);
      else if (!button.hasAttribute('aria-expanded')) button.setAttribute('aria-expanded', 'false');
    }
  }
  window.addEventListener('hashchange', followHash);

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
    for (const [id, open] of touched.cards) {
      const button = root.querySelector(`[data-card="${id}"] button[aria-controls]`);
      if (button.getAttribute('aria-expanded') !== String(open)) button.click();
    }
    const story = root.querySelector('.ip4-source-toggle');
    if (touched.story !== null && story.getAttribute('aria-expanded') !== String(touched.story)) story.click();
    const tab = touched.view && root.querySelector(`[role=tab][id$="-tab-${touched.view}"]`);
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
  }

  /** Shows the widget rendered in `next` in the place of the page's own `old` markup. */
  function swapIn(host, old, next) {
    // The same markup, in the state the options ask for: now repeat what the reader did.
    const root = next.firstElementChild;
    repeatTouched(root);
    const focused = pathTo(old, document.activeElement);
    taken = true;
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
    const host = document.getElementById(HOST);
    const old = host.firstElementChild;
    const next = document.createElement('div');
    // Yew fires `ready` from an effect, inside its scheduler's loop, which may still render
    // what the widget does at start (a deep link, say): take over once that loop has run,
    // in a microtask (Yew 0.22 runs it to the end in one go). Not in a task of its own:
    // other tasks got in first (the page's SVG favicon, a frame), and the takeover later.
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
    adoptNativeState();
    followHash();
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
