// The explainer as the end-to-end tests meet it, wherever it is embedded: the widget page, the
// custom element, the iframe, a WordPress post (a page object, as Leptos's e2e tests keep one).
// The selectors for what a reader sees live here once; the specs say what the reader does.
import { expect } from '@playwright/test';
import { EIGHT } from './cards.mjs';

export { EIGHT };

export class Explainer {
  /**
   * @param scope what holds one explainer: a Page, the element's Locator or a FrameLocator
   * @param root the element that carries `data-ready` once the wasm has taken over
   */
  constructor(scope, root) {
    this.scope = scope;
    this.root = root;
  }

  /** The widget page itself (index.html or frame.html opened as a page). */
  static page(page) {
    return new Explainer(page, page.locator('#nato-ip4'));
  }

  /**
   * The `<nato-ip4-explainer>` on a host page (its shadow root is pierced): the only one, or
   * the `n`th of several.
   */
  static element(page, n) {
    const all = page.locator('nato-ip4-explainer');
    const host = n === undefined ? all : all.nth(n);
    return new Explainer(host, host);
  }

  /** An element mounted by `mount()` on a target of the host page's own. */
  static mounted(page, selector) {
    const target = page.locator(selector);
    return new Explainer(target, target);
  }

  /** The only iframe on a host page: ours, or another (WordPress's oEmbed frame) by its selector. */
  static frame(page, selector = 'iframe[data-nato-ip4]') {
    const frame = page.frameLocator(selector);
    return new Explainer(frame, frame.locator('#nato-ip4'));
  }

  locator(selector, options) {
    return this.scope.locator(selector, options);
  }

  card(id) {
    return this.scope.locator(`[data-card="${id}"]`);
  }

  /** The button that opens and closes a card (prerendered, then the wasm's). */
  toggle(id) {
    return this.card(id).locator('button[aria-controls]');
  }

  title(id) {
    return this.card(id).locator('.ip4-card-title');
  }

  body(id) {
    return this.card(id).locator('.ip4-card-body');
  }

  tab(name) {
    return this.scope.getByRole('tab', { name });
  }

  selectedTab() {
    return this.scope.locator('[role=tab][aria-selected=true]');
  }

  /** The widget's own root, which carries the theme. */
  widget() {
    return this.scope.locator('.ip4');
  }

  /** Takes the element out of the page and puts it back where it was (a CMS's re-render). */
  async removeAndAddAgain() {
    await this.root.evaluate((el) => {
      const parent = el.parentNode;
      el.remove();
      parent.append(el);
    });
  }

  async ready(options) {
    await expect(this.root).toHaveAttribute('data-ready', '', options);
    return this;
  }

  async notReady(message) {
    await expect(this.root, message).not.toHaveAttribute('data-ready', '');
  }

  async expectOpen(id, open = true) {
    await expect(this.toggle(id)).toHaveAttribute('aria-expanded', String(open));
  }

  /**
   * In the widget page or a frame: every tab selects its panel, every toggle in it opens its
   * card, and every link that changes the address does so, where the page is (links to a
   * card are followed in map.spec.mjs and tests/web.rs). Nothing is dead.
   */
  async expectEveryControlWorks() {
    const hash = () => this.locator('html').evaluate(() => location.hash);
    for (const tab of await this.locator('[role=tab]').all()) {
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const panel = this.locator(`#${await tab.getAttribute('aria-controls')}`);
      for (const toggle of await panel.locator('button.ip4-card-toggle').all()) {
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      }
      for (const anchor of await panel.locator('a[href]:not([data-to], [data-map])').all()) {
        const href = await anchor.getAttribute('href');
        await anchor.click();
        if (href.startsWith('#')) await expect.poll(hash).toBe(href);
      }
    }
  }

  /** Every card of the contract list shows its title. */
  async expectTitles() {
    for (const id of EIGHT) await expect(this.title(id)).toBeVisible();
  }
}
