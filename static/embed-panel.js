// The widget page's Embed panel: shows both snippets for wherever the page is deployed, and
// copies them.
const here = new URL('./', import.meta.url).href;
for (const code of document.querySelectorAll('.embed-code')) {
  // The snippets are built for this folder ("./").
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
