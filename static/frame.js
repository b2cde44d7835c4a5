// frame.html's side of the iframe embed (boot.js starts the explainer itself): tells the
// embedding page how tall the frame's content is, and what the reader opens and switches to.
// The only message it takes is WordPress's `ready`, from its parent, with its own secret.
//
// Messages go to the parent only and carry nothing but the height or the event. Heights are
// sent in four dialects: ours (namespaced and versioned, for frame-host.js), AMP's
// `embed-size` (for amp-iframe), Pym's `height` (for Pym-based CMS plug-ins, when framed
// with a childId) and WordPress's (when WordPress embedded the frame by its oEmbed
// document: it gives the frame a secret in its address, `#?secret=…`, and its host script
// wp-embed.js shows and sizes the frame on `{ message: 'height', value, secret }`, capped
// at 1000 px; beyond that the frame's own page scrolls). Events only in ours.
import { CARD_ATTR, CARD_EVENT, EVENTS, NAMESPACE, VERSION } from './contract.js';
import { watchInput } from './height.js';

const pymId = new URLSearchParams(location.search).get('childId');

// WordPress's secret, from the frame's address. The frame's own navigation (a card's link, a
// reload, back and forward) replaces the fragment: the secret is also kept in the window's
// name, which lasts as long as the frame and goes nowhere.
const WP_SECRET = `${NAMESPACE}:wordpress-secret:`;
const wpSecret = (() => {
  const given = /^#\?secret=([A-Za-z0-9]+)$/.exec(location.hash)?.[1];
  if (given) window.name = `${WP_SECRET}${given}`;
  return given ?? (window.name.startsWith(WP_SECRET) ? window.name.slice(WP_SECRET.length) : undefined);
})();

function send(message) {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

// A height that follows the reader's click or key press in the frame says so: the page may
// then move; otherwise frame-host.js waits (height.js).
const followsInput = watchInput(window);

const contentHeight = () => document.documentElement.getBoundingClientRect().height;

// A frame not laid out yet measures 0: WordPress showed it at its 200 px floor, then at the
// real height told next, moving the page twice. Told the frame's own height instead (the
// height its oEmbed answer gave it), WordPress shows it as it is; the ResizeObserver tells
// the real height once there is one, which it could not before the frame was shown.
function sendWordPressHeight(height = contentHeight()) {
  if (wpSecret) send({ message: 'height', value: Math.ceil(height || innerHeight), secret: wpSecret });
}

// Where the host caps the frame's height, its page scrolls: say so while there is more.
function markMore() {
  const root = document.documentElement;
  root.classList.toggle('ip4-more', scrollY + innerHeight < root.scrollHeight - 2);
}
addEventListener('scroll', markMore, { passive: true });
addEventListener('resize', markMore);

let lastHeight = -1;
new ResizeObserver(() => {
  const height = contentHeight();
  // A frame its host hides measures 0: nothing to tell.
  if (height === lastHeight || height <= 0) return;
  lastHeight = height;
  const input = followsInput();
  send({ namespace: NAMESPACE, version: VERSION, type: 'height', height, input });
  send({ sentinel: 'amp', type: 'embed-size', height });
  if (pymId) send(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
  sendWordPressHeight(height);
  markMore();
}).observe(document.documentElement);

// WordPress keeps the frame clipped to nothing until it speaks, and browsers do not update
// the rendering of an unseen frame of another origin, so no ResizeObserver reports: the
// frame measures itself and speaks when it has loaded and whenever wp-embed.js says `ready`
// (which it says to each frame when it starts, in case the frame spoke first).
if (wpSecret) {
  addEventListener('load', () => sendWordPressHeight());
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source === window.parent && data?.message === 'ready' && data.secret === wpSecret) sendWordPressHeight();
  });
}

// Where the host caps the frame's height (WordPress does, at 1000 px), a card the reader opens
// near the frame's foot is brought up so that what it opened shows, never past its own top.
// Only the frame's page scrolls, never the host's. A frame the host keeps as tall as its
// content is not capped: its page is taller than the frame only until the host has the new
// height, and scrolling it then (smoothly, in WebKit) carried on into the host page.
document.addEventListener(CARD_EVENT, (event) => {
  const capped = lastHeight > innerHeight + 2;
  if (!event.detail?.open || !capped) return;
  const card = document.querySelector(`[${CARD_ATTR}="${CSS.escape(String(event.detail.card))}"]`);
  if (!card) return;
  const box = card.getBoundingClientRect();
  const below = box.bottom - innerHeight;
  if (below <= 0) return;
  const calm = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  scrollBy({ top: Math.min(below, box.top), behavior: calm });
});

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    send({ namespace: NAMESPACE, version: VERSION, type: 'event', event: type, detail: event.detail });
  });
}
