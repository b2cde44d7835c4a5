// The widget's height by the width it is given, measured in frame.html (where the viewport is
// the width an embed gives it), for `make reserve` (tools/reserve.mjs writes the table the
// build reserves heights from) and for the test that the shipped reservation matches it
// (tests/e2e/reserve.spec.mjs).
import { Explainer, S } from './explainer.mjs';

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 1600;

/**
 * The widget at each of `widths` (ascending): [width, height, height but the map's drawing,
 * horizontal padding, the drawing's width in the widget's ems].
 */
export async function measure(page, origin, widths) {
  await page.setViewportSize({ width: widths[0], height: 800 });
  await page.goto(`${origin}frame.html`);
  await Explainer.page(page).ready();
  const rows = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    rows.push([width, ...await page.evaluate((S) => {
      const widget = document.querySelector(S.widget);
      const style = getComputedStyle(widget);
      const drawing = widget.querySelector(S.drawing)?.getBoundingClientRect();
      const height = widget.getBoundingClientRect().height;
      return [height, height - (drawing?.height ?? 0), parseFloat(style.paddingLeft) + parseFloat(style.paddingRight),
        (drawing?.width ?? 0) / parseFloat(style.fontSize)];
    }, S)]);
  }
  return rows;
}

/**
 * The height a page holding the shipped embed.css (from `origin`) reserves at each of
 * `widths`: a fallback in a <nato-ip4-explainer> that wide, as the element snippet has it.
 */
export async function reserved(page, origin, widths) {
  // A page of the widget's own origin, made up here, which resolves once the stylesheet has
  // loaded.
  const url = `${origin}reserved-test.html`;
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><link rel="stylesheet" href="embed.css">
      <nato-ip4-explainer><div class="nato-ip4-fallback nato-ip4-reserve"></div></nato-ip4-explainer>`,
  }));
  await page.goto(url);
  return page.evaluate(({ widths, S }) => {
    const element = document.querySelector(S.element);
    const reserve = element.querySelector('.nato-ip4-reserve');
    return widths.map((width) => {
      element.style.width = `${width}px`;
      return reserve.getBoundingClientRect().height;
    });
  }, { widths, S });
}
