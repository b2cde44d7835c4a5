// Starts the explainer on the widget page: an external module, so the page needs no inline
// script. The wasm and its glue load relative to this file.
import init, { mount } from './nato-ip4.js';

const host = document.getElementById('nato-ip4');

init()
  .then(() => mount(host, {}))
  .catch((error) => {
    console.error('nato-ip4-explainer: the interactive version could not start; the text stays readable.', error);
  });
