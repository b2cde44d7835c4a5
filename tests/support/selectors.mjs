// What the tests and tools select in the widget, written once: from the contract's data
// attributes (static/contract.js, generated from crates/types) and the widget's ARIA roles,
// and a few of its classes for what has neither. The page objects (explainer.mjs for
// Playwright, reader.mjs for WebDriver) use them, and so does code that runs in the page,
// which takes them as plain strings.
import { CARD_ATTR, HOST_ID, MAP_ATTR, TAG, TO_ATTR, TOGGLE_ATTR, VIEW_ATTR } from '../../static/contract.js';

/** A card, by id. */
export const card = (id) => `[${CARD_ATTR}="${id}"]`;
/** A card's toggle, by the card's id. */
export const toggle = (id) => `${card(id)} [${TOGGLE_ATTR}]`;
/** A tab, by its view's id. */
export const tab = (view) => `[${VIEW_ATTR}="${view}"]`;
/** A partner's label on the map, and its shape, by card id. */
export const mapLabel = (id) => `.ip4-map-label[${MAP_ATTR}="${id}"]`;
export const mapShape = (id) => `svg [${MAP_ATTR}="${id}"]`;
/** A link to a related card, by the card's id. */
export const linkTo = (id) => `[${TO_ATTR}="${id}"]`;

export const S = Object.freeze({
  /** The element the widget page and the frame start the explainer in. */
  host: `#${HOST_ID}`,
  /** The custom element. */
  element: TAG,
  /** The widget's own root (it carries the theme). */
  widget: '.ip4',
  /** The element's container for the running widget, in its shadow root. */
  container: '.ip4-host',
  cards: `[${CARD_ATTR}]`,
  /** The attribute that holds a card's id. */
  cardAttr: CARD_ATTR,
  toggles: `[${TOGGLE_ATTR}]`,
  cardToggles: `[${CARD_ATTR}] [${TOGGLE_ATTR}]`,
  tabs: `[${VIEW_ATTR}]`,
  /** The attribute that holds a tab's view id. */
  viewAttr: VIEW_ATTR,
  tablist: '[role=tablist]',
  selectedTab: `[${VIEW_ATTR}][aria-selected=true]`,
  panels: '[role=tabpanel]',
  shownPanel: '[role=tabpanel]:not([hidden])',
  title: '.ip4-card-title',
  summary: '.ip4-card-summary',
  body: '.ip4-card-body',
  quote: '.ip4-quote',
  cardLink: '.ip4-card-link',
  links: `[${TO_ATTR}]`,
  map: '.ip4-map',
  drawing: '.ip4-map-drawing',
  svg: 'svg.ip4-map-svg',
  /** In the drawing: all land, under the countries drawn on their own. */
  land: '.ip4-map-land',
  mapLabels: `.ip4-map-label[${MAP_ATTR}]`,
  storyQuotes: '.ip4-story-quotes',
  status: '[role=status]',
  fallback: '.nato-ip4-fallback',
});
