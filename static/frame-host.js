// Parent side of the iframe embed: keeps each explainer frame as tall as its content, and
// dispatches what the reader does in it (`nato-ip4:card`, `nato-ip4:view`) on the iframe
// element, bubbling, as the custom element does on itself.
//
// A message is accepted only when it comes from the window of one of our frames
// (event.source), is in our namespace and version, and carries a sane height or a known
// event. Anything else, forged or replayed from another window, changes nothing. Nothing is
// ever sent to the frame.
import { NAMESPACE, VERSION, EVENTS, CARD_EVENT } from './contract.js';
import { mayResize } from './height.js';

const MAX_HEIGHT = 20000;

// A new height waits until the height rule allows it (height.js): the frame's own fonts may
// make it taller or shorter than reserved. The frame says whether it follows the reader's
// input there.
const pending = new Map();

function apply(frame, height) {
  // CSSOM, so a strict style-src allows it; important, so host rules cannot override it.
  frame.style.setProperty('height', `${height}px`, 'important');
  pending.delete(frame);
}

function applyPending() {
  for (const [frame, height] of pending) {
    if (mayResize(frame.getBoundingClientRect(), false)) apply(frame, height);
  }
}
addEventListener('scroll', applyPending, { passive: true });
addEventListener('resize', applyPending, { passive: true });

function frameOf(source) {
  if (source === null) return null;
  for (const frame of document.querySelectorAll('iframe[data-nato-ip4]')) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (data === null || typeof data !== 'object') return;
  if (data.namespace !== NAMESPACE || data.version !== VERSION) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  if (data.type === 'height') {
    const height = data.height;
    if (!Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    if (mayResize(frame.getBoundingClientRect(), data.input === true)) apply(frame, height);
    else pending.set(frame, height);
  } else if (data.type === 'event' && EVENTS.includes(data.event)) {
    const { card, open, view } = data.detail ?? {};
    const detail = data.event === CARD_EVENT
      ? { card: String(card), open: open === true }
      : { view: String(view) };
    frame.dispatchEvent(new CustomEvent(data.event, { bubbles: true, detail }));
  }
});
