// Starts the explainer on the widget page and fills in its Embed panel. An external
// module, so the page needs no inline script; the wasm and its glue load relative to it.
import init, { mount } from './nato-ip4.js';

init()
  .then(() => mount(document.getElementById('nato-ip4'), {}))
  .catch((error) => {
    console.error('nato-ip4-explainer: the interactive version could not start; the text stays readable.', error);
  });

// The snippets are built for this folder ("./"); show them for where it is deployed.
const here = new URL('./', import.meta.url).href;
for (const code of document.querySelectorAll('.embed-code')) {
  code.value = code.value.replaceAll('"./', `"${here}`);
}

const status = document.querySelector('.embed-status');
for (const button of document.querySelectorAll('.embed-copy')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Copied to the clipboard.';
    } catch {
      code.focus();
      code.select();
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}
