// The widget page's Embed panel. Readers rarely open it, so this script (boot.js loads it)
// and the snippets load only when it opens; they are shown for wherever the page is
// deployed, ready to copy.
const panel = document.querySelector('.embed-panel');
// Their boxes and copy buttons wait in templates: without scripts they would do nothing, and
// as form fields in the page they made Chromium lay the closed panel out when the page
// loaded, in the task ahead of the widget's start.
for (const template of panel.querySelectorAll('template')) template.replaceWith(template.content);
// Where the page is deployed (this script lives in a versioned folder below it).
const here = new URL('./', document.baseURI).href;
const status = panel.querySelector('.embed-status');

async function fill() {
  for (const code of panel.querySelectorAll('.embed-code')) {
    try {
      const response = await fetch(code.dataset.src);
      if (!response.ok) throw new Error(`${response.status}`);
      // The snippets are built for this folder ("./").
      code.value = (await response.text()).replaceAll('"./', `"${here}`);
    } catch {
      status.textContent = 'The snippets could not be loaded; use the links to the files.';
    }
  }
}

// boot.js loads this script when the panel first opens.
fill();

for (const button of panel.querySelectorAll('.embed-copy')) {
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
