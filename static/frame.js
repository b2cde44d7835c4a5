// Starts the explainer in frame.html and tells the embedding page how tall it is.
//
// Messages go to the parent only, carry nothing but the height, and are sent in three
// dialects: ours (namespaced and versioned, for frame-host.js), AMP's `embed-size` (for
// amp-iframe) and Pym's `height` (for Pym-based CMS plug-ins, when framed with a childId).
import init, { mount } from './nato-ip4.js';

const NAMESPACE = 'nato-ip4-explainer';
const VERSION = 1;
const params = new URLSearchParams(location.search);
const pymId = params.get('childId');

const options = {};
for (const name of ['theme', 'view', 'card']) {
  if (params.has(name)) options[name] = params.get(name);
}

let lastHeight = -1;
function tellParent() {
  const height = document.documentElement.getBoundingClientRect().height;
  if (window.parent === window || height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ namespace: NAMESPACE, version: VERSION, type: 'height', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
}

new ResizeObserver(tellParent).observe(document.documentElement);

init()
  .then(() => mount(document.getElementById('nato-ip4'), options))
  .catch((error) => {
    console.error('nato-ip4-explainer: the interactive version could not start; the text stays readable.', error);
  });
