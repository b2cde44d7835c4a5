// The names the widget and its hosts agree on, in one place: boot.js, embed.js, frame.js
// and frame-host.js import them (a release build bundles them into each), and build.rs
// reads the host id and the event names from here for the wasm (src/protocol.rs). Keep
// each an `export const NAME = value;` on one line: that is what build.rs reads.

/** The element the widget page and frame.html start the explainer in, and deep links' prefix. */
export const HOST_ID = 'nato-ip4';
/** The frame's messages to its host carry these, and the host takes no others. */
export const NAMESPACE = 'nato-ip4-explainer';
export const VERSION = 1;
/** What the reader does, told to the host page: a card opened or closed, a tab chosen. */
export const CARD_EVENT = 'nato-ip4:card';
export const VIEW_EVENT = 'nato-ip4:view';
export const EVENTS = [CARD_EVENT, VIEW_EVENT];
/**
 * How long after the reader's click or key press the widget may change the page's layout,
 * in ms (the browser's own allowance for layout shifts that follow input).
 */
export const INPUT_ALLOWANCE = 500;
