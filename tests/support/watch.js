// Loaded first into a page under test when its URL has ?watch (tests/support/server.mjs adds the
// tag), for the engines whose drivers report no console: every console error and warning,
// uncaught error, failed load, unhandled rejection and policy violation is kept in
// window.__ip4Watch.problems; every `ready` event in .readies; every height one of our
// frames told the page, in .heights; and, on an article page,
// every place the paragraph after the embeds stood, frame by frame, in .after: from the first
// frame in which every stylesheet the page links to has loaded (Firefox paints a page before
// the stylesheets in its body arrive, which no snippet without inline style can prevent: see
// docs/embedding.md, "Layout shift").
(() => {
  const watch = { problems: [], readies: [], heights: [], after: [] };
  window.__ip4Watch = watch;
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      watch.problems.push(`console.${level}: ${args.map(text).join(' ')}`);
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => {
    const what = event.target;
    watch.problems.push(what === window || !what ? `error: ${event.message}` : `failed to load: ${what.src || what.href}`);
  }, true);
  addEventListener('unhandledrejection', (event) => watch.problems.push(`rejection: ${text(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => {
    watch.problems.push(`policy: ${event.violatedDirective} ${event.blockedURI}`);
  });
  document.addEventListener('ready', (event) => watch.readies.push(event.target.localName), true);
  addEventListener('message', (event) => {
    if (event.data?.namespace === 'nato-ip4-explainer' && event.data.type === 'height') watch.heights.push(event.data.height);
  });
  const styled = () => [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet);
  const follow = () => {
    const after = document.querySelector('p.after');
    if (after && styled()) {
      const top = Math.round((after.getBoundingClientRect().top + scrollY) * 100) / 100;
      if (watch.after.at(-1) !== top) watch.after.push(top);
    }
    requestAnimationFrame(follow);
  };
  requestAnimationFrame(follow);
})();
