// The custom element and the iframe on an article page of another origin, under the strict
// policy, in Firefox and WebKit: they start, open cards, follow their content's height, tell
// the page what the reader does, and move nothing on it while they start.
import { test, expect, HOST_ORIGIN, S } from '../support/reader.mjs';

/** The embed's box on the host page, and the widget's own height inside it. */
const EMBED = {
  element: (S) => {
    const element = document.querySelector(S.element);
    return { embed: element.getBoundingClientRect().height, widget: element.shadowRoot.querySelector(S.widget)?.getBoundingClientRect().height };
  },
  iframe: () => ({ embed: document.querySelector('iframe[data-nato-ip4]').getBoundingClientRect().height }),
};

for (const embed of ['element', 'iframe']) {
  test(`the ${embed} starts under the strict policy, follows its content's height and tells the page what the reader does`, async ({ reader }) => {
    await reader.openHost(embed, { policy: 'strict' });
    await reader.host(() => {
      window.__events = [];
      for (const type of ['nato-ip4:card', 'nato-ip4:view']) {
        document.addEventListener(type, (e) => window.__events.push(`${type} on ${e.target.localName} ${JSON.stringify(e.detail)}`));
      }
    });
    await reader.ready();
    const height = async () => (await reader.host(EMBED[embed], S)).embed;
    const contentHeight = () => reader.widget((scope, widget) => scope.querySelector(widget).getBoundingClientRect().height, S.widget);
    const closed = await height();

    await reader.clickCard('japan');
    expect(await reader.expanded('japan')).toBe('true');
    await reader.until(async () => await height() > closed + 100, 'the embed to grow');
    // The frame page's own margins aside, the embed is as tall as the widget.
    await reader.until(async () => Math.abs(await height() - await contentHeight()) < (embed === 'iframe' ? 40 : 1), 'the embed to fit its content');
    await reader.clickCard('japan');
    expect(await reader.expanded('japan')).toBe('false');
    await reader.until(async () => await height() < closed + 1, 'the embed to shrink back');
    await reader.clickTab('people');

    const on = embed === 'element' ? 'nato-ip4-explainer' : 'iframe';
    await reader.until(async () => (await reader.host(() => window.__events)).length === 3, 'three events');
    expect(await reader.host(() => window.__events)).toEqual([
      `nato-ip4:card on ${on} {"card":"japan","open":true}`,
      `nato-ip4:card on ${on} {"card":"japan","open":false}`,
      `nato-ip4:view on ${on} {"view":"people"}`,
    ]);
    if (embed === 'element') expect(await reader.host(() => window.__ip4Watch.readies)).toEqual(['nato-ip4-explainer']);
    expect(await reader.problems()).toEqual([]);
  });
}

for (const width of [360, 1280]) {
  for (const embed of ['element', 'iframe']) {
    test(`${embed} at ${width} px: nothing on the host page moves while it starts, and the reserved height fits`, async ({ reader }, info) => {
      // Tall enough that what follows the embed is on screen, where a move would show.
      await reader.openWindow(`${HOST_ORIGIN}/article.html?embed=${embed}`, { width, height: 2400 }, embed);
      await reader.until(() => reader.host(() => document.readyState === 'complete'), 'the page to load');
      // The window ends once the widget has settled after its start (reader.mjs, settled).
      await reader.settled();
      const { after, sizes } = await reader.host(`return {
        after: window.__ip4Watch.after, sizes: (${EMBED[embed]})(${JSON.stringify(S)}) }`);
      const widget = sizes.widget ?? await reader.widget((scope) => document.documentElement.getBoundingClientRect().height);
      const gap = sizes.embed - widget;
      info.annotations.push({ type: 'reserved', description: `${info.project.name} ${embed} ${width}px: reserved ${sizes.embed.toFixed(1)}, widget ${widget.toFixed(1)}, gap ${gap.toFixed(1)} px` });
      console.log(`${info.project.name} ${embed} at ${width} px: reserved ${sizes.embed.toFixed(1)} px, widget ${widget.toFixed(1)} px, gap ${gap.toFixed(1)} px`);
      expect(after, 'where the paragraph after the embed stood, frame by frame').toHaveLength(1);
      expect(await reader.host(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        'nothing on the host page is wider than the window').toBeLessThanOrEqual(0);
      expect(Math.abs(gap), 'the strip under the widget, or the widget cut off').toBeLessThanOrEqual(8);
      expect(await reader.problems()).toEqual([]);
    });
  }
}
