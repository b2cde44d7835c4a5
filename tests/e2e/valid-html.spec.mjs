// Valid HTML, as the W3C's Nu HTML Checker (npm `vnu-jar`, run with the system's Java) reads
// it: the widget page, the frame, the sample article, and each snippet inside a plain host
// page, as a producer pastes it.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../support/server.mjs';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** A plain host page with `snippet` in its article. */
const hostPage = (snippet) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Host article</title></head>
<body><main><h1>Host article</h1>
${snippet}
<p>The article goes on.</p></main></body>
</html>
`;

test('the pages and the snippets in a host page pass the Nu HTML Checker with no error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'valid-html-'));
  try {
    const files = ['index.html', 'frame.html', 'sample.html'].map((page) => join(DIST, page));
    for (const name of ['element', 'iframe']) {
      const file = join(dir, `host-with-${name}-snippet.html`);
      writeFileSync(file, hostPage(readFileSync(join(DIST, 'snippets', `${name}.html`), 'utf8')));
      files.push(file);
    }
    // The checker exits 1 when it finds an error; its findings are JSON on standard error.
    let report;
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: 'pipe' });
      report = { messages: [] };
    } catch (error) {
      if (!error.stderr?.startsWith('{')) throw error;
      report = JSON.parse(error.stderr);
    }
    const errors = report.messages.map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
    expect(errors, `${files.length} files checked`).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
