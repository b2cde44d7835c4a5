// The page's own answers to the reader, on the widget page and in frame.html, from when
// boot.js runs until the wasm takes over (boot.js, `stop()`).
//
// Before any script runs the page answers natively: a card's button toggles an empty popover
// of its own and the CSS shows the card open (card.rs), a tab is a link to
// `#nato-ip4/view/<view>`. `adopt()` takes that state over; from then on cards open and close,
// tabs switch (also by arrow keys), connections and deep links lead to their card, just as the
// wasm's widget does: tests/e2e/behaviour.spec.mjs runs the same tests against both.
//
// What each control is comes from its data attributes, which the contract names (a toggle's
// `data-toggle`, a tab's `data-view`, a card's `data-card`, the `data-to` of a link to a card,
// the `data-map` of a label or shape on the map); no id is read apart.
import {
  CARD_ATTR, HOST_ID, LINK_PREFIX, MAP_ATTR, TO_ATTR, TOGGLE_ATTR, VIEW_ATTR, VIEW_LINK,
} from './contract.js';

/**
 * What the reader changed: each toggle's position among the widget's toggles → open (the
 * wasm renders the same markup, so the nth toggle is the same control there), and the view.
 */
export const touched = { toggles: new Map(), view: null };
let stopped = false;

/** From now on the wasm's widget answers; the page's own markup is about to go. */
export function stop() {
  stopped = true;
}

const widget = () => (stopped ? null : document.querySelector(`#${HOST_ID} > .ip4`));
const rootOf = (node) => (stopped ? null : node.closest?.(`#${HOST_ID} > .ip4`));
const byId = (root, id) => root.querySelector(`[id="${id}"]`);
const named = (attr, value) => `[${attr}="${value}"]`;
export const TOGGLES = `[${TOGGLE_ATTR}]`;

function setOpen(root, toggle, open) {
  toggle.setAttribute('aria-expanded', String(open));
  byId(root, toggle.getAttribute('aria-controls')).hidden = !open;
  touched.toggles.set([...root.querySelectorAll(TOGGLES)].indexOf(toggle), open);
  // A card's opening is announced (the story's sources are not a card).
  const title = toggle.querySelector('.ip4-card-title');
  if (title) root.querySelector('[role=status]').textContent = open ? `${title.textContent} opened` : '';
}

function select(root, tab) {
  for (const other of root.querySelectorAll('[role=tab]')) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    byId(root, other.getAttribute('aria-controls')).hidden = !selected;
  }
  touched.view = tab.getAttribute(VIEW_ATTR);
}

/** Shows a card in its view, opened, scrolled into view and maybe focused. */
function reveal(root, id, focus) {
  const card = root.querySelector(named(CARD_ATTR, id));
  if (!card) return;
  const panel = card.closest('[role=tabpanel]');
  select(root, root.querySelector(named('aria-controls', panel.id)));
  const toggle = card.querySelector(TOGGLES);
  if (toggle.getAttribute('aria-expanded') !== 'true') setOpen(root, toggle, true);
  card.scrollIntoView(true);
  if (focus) toggle.focus();
}

document.addEventListener('click', (event) => {
  const root = rootOf(event.target);
  // A toggle, a tab, a link to a related card, or a label or shape on the map.
  const control = root && event.target.closest(`${TOGGLES}, [${VIEW_ATTR}], [${TO_ATTR}], [${MAP_ATTR}]`);
  if (!control) return;
  // Answered here: not also by the browser (a card's popover, a tab's link).
  event.preventDefault();
  const to = control.getAttribute(TO_ATTR) ?? control.getAttribute(MAP_ATTR);
  if (control.hasAttribute(VIEW_ATTR)) select(root, control);
  else if (to) reveal(root, to, true);
  else setOpen(root, control, control.getAttribute('aria-expanded') !== 'true');
});

const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };
document.addEventListener('keydown', (event) => {
  const root = rootOf(event.target);
  if (!root || !event.target.hasAttribute(VIEW_ATTR)) return;
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

const VIEW = `${LINK_PREFIX}${VIEW_LINK}`;
function followHash() {
  const root = widget();
  if (!root || !location.hash.startsWith(LINK_PREFIX)) return;
  if (location.hash.startsWith(VIEW)) {
    // A tab clicked before this script ran, or a link to a view.
    const tab = root.querySelector(named(VIEW_ATTR, location.hash.slice(VIEW.length)));
    if (tab) select(root, tab);
  } else {
    reveal(root, location.hash.slice(LINK_PREFIX.length), false);
  }
}
window.addEventListener('hashchange', followHash);

/**
 * Once the page is parsed: takes over what the reader did before this script ran (what they
 * opened, natively, with each toggle's popover: from now on each toggle says `aria-expanded`
 * itself and this script answers it), then follows the address (a tab clicked before, a
 * deep link).
 */
export function adopt() {
  const root = widget();
  const popovers = HTMLElement.prototype.hasOwnProperty('popover');
  for (const toggle of root?.querySelectorAll('[popovertarget]') ?? []) {
    const marker = byId(root, toggle.getAttribute('popovertarget'));
    toggle.removeAttribute('popovertarget');
    // Without the popover API the buttons did nothing natively.
    const open = popovers && marker.matches(':popover-open');
    if (open) marker.hidePopover();
    if (open) setOpen(root, toggle, true);
    else if (!toggle.hasAttribute('aria-expanded')) toggle.setAttribute('aria-expanded', 'false');
  }
  followHash();
}
