// frame.html's side of the iframe embed (boot.js starts the explainer itself): tells the
// embedding page how tall the frame's content is, and what the reader opens and switches to.
//
// Messages go to the parent only and carry nothing but the height or the event. Heights are
// sent in three dialects: ours (namespaced and versioned, for frame-host.js), AMP's
// `embed-size` (for amp-iframe) and Pym's `height` (for Pym-based CMS plug-ins, when framed
// with a childId). Events only in ours.
const NAMESPACE = 'nato-ip4-explainer';
const VERSION = 1;
const pymId = new URLSearchParams(location.search).get('childId');

function send(message) {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

// A height that follows the reader's click or key press in the frame says so: the page
// may then move; otherwise frame-host.js waits until the frame's lower edge is off screen.
// How long after input that is (the browser's own allowance, as in embed.js).
const INPUT_ALLOWANCE = 500;
let lastInput = -Infinity;
for (const type of ['pointerdown', 'keydown']) {
  addEventListener(type, () => { lastInput = performance.now(); }, { capture: true });
}

let lastHeight = -1;
new ResizeObserver(() => {
  const height = document.documentElement.getBoundingClientRect().height;
  if (height === lastHeight) return;
  lastHeight = height;
  const input = performance.now() - lastInput < INPUT_ALLOWANCE;
  send({ namespace: NAMESPACE, version: VERSION, type: 'height', height, input });
  send({ sentinel: 'amp', type: 'embed-size', height });
  if (pymId) send(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
}).observe(document.documentElement);

for (const type of ['nato-ip4:card', 'nato-ip4:view']) {
  document.addEventListener(type, (event) => {
    send({ namespace: NAMESPACE, version: VERSION, type: 'event', event: type, detail: event.detail });
  });
}
