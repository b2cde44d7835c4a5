// The explainer as the end-to-end tests meet it, wherever it is embedded: the widget page, the
// custom element, the iframe, a WordPress or Ghost post (a page object, as Leptos's e2e tests
// keep one). What it selects comes from selectors.mjs; the specs say what the reader does.
import { expect } from '@playwright/test';
import { PINNED_CARDS } from '../../static/contract.js';
import { S, card, mapLabel, mapShape, linkTo, tab } from './selectors.mjs';

export { PINNED_CARDS, S };

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
    return new Explainer(page, page.locator(S.host));
  }

  /**
   * The `<nato-ip4-explainer>` on a host page (its shadow root is pierced): the only one, or
   * the `n`th of several.
   */
  static element(page, n) {
    const all = page.locator(S.element);
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
    return new Explainer(frame, frame.locator(S.host));
  }

  locator(selector, options) {
    return this.scope.locator(selector, options);
  }

  /** The widget's own root, which carries the theme. */
  widget() {
    return this.scope.locator(S.widget);
  }

  card(id) {
    return this.scope.locator(card(id));
  }

  /** The button that opens and closes a card (prerendered, then the wasm's). */
  toggle(id) {
    return this.card(id).locator(S.toggles);
  }

  /** Every card's toggle, or those of the view shown. */
  toggles({ shown = false } = {}) {
    return this.scope.locator(shown ? `${S.shownPanel} ${S.cardToggles}` : S.cardToggles);
  }

  /** The button that shows the story's own sentences. */
  storyToggle() {
    return this.scope.getByRole('button', { name: 'From the article' });
  }

  title(id) {
    return this.card(id).locator(S.title);
  }

  body(id) {
    return this.card(id).locator(S.body);
  }

  /** A sentence quoted from the article in a card (the first, or the nth). */
  quote(id, n = 0) {
    return this.card(id).locator(S.quote).nth(n);
  }

  /** A card's link to itself. */
  cardLink(id) {
    return this.card(id).locator(S.cardLink);
  }

  /** The link in one card to another, related one. */
  linkIn(id, to) {
    return this.card(id).locator(linkTo(to));
  }

  /** A tab, by what it says, or by its view's id (`{ view }`). */
  tab(name) {
    return typeof name === 'string' ? this.scope.getByRole('tab', { name }) : this.scope.locator(tab(name.view));
  }

  tabs() {
    return this.scope.locator(S.tabs);
  }

  selectedTab() {
    return this.scope.locator(S.selectedTab);
  }

  /** The polite live region that says which card opened. */
  status() {
    return this.widget().locator(S.status);
  }

  map() {
    return this.widget().locator(S.map);
  }

  drawing() {
    return this.widget().locator(S.svg);
  }

  /** A partner's label on the widget's map (not the element's fallback's drawing). */
  mapLabel(id) {
    return this.widget().locator(mapLabel(id));
  }

  mapShape(id) {
    return this.widget().locator(mapShape(id));
  }

  /** Opens every card of the view shown, and the story's own sentences. */
  async openAll() {
    const closed = this.scope.locator(`${S.shownPanel} ${S.cardToggles}[aria-expanded=false]`);
    while (await closed.count()) await closed.first().click();
    const story = this.storyToggle();
    if (await story.getAttribute('aria-expanded') === 'false') await story.click();
  }

  /**
   * For the custom element: the height it takes on the page, its widget's and its
   * container's (the widget and what the element's shadow root wraps around it).
   */
  async heights() {
    return this.root.evaluate((el, S) => {
      const height = (node) => node?.getBoundingClientRect().height ?? null;
      return {
        element: height(el),
        widget: height(el.shadowRoot?.querySelector(S.widget)),
        container: height(el.shadowRoot?.querySelector(S.container)),
      };
    }, S);
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

  /**
   * Waits until `layer` answers the reader: `wasm`, the wasm's widget, once it has taken
   * over; `early`, the page's own answers (static/early.js), once they have taken over the
   * prerendered markup's native state (each toggle then says whether it is open).
   */
  async answering(layer) {
    if (layer === 'wasm') return this.ready();
    await expect(this.toggles().first()).toHaveAttribute('aria-expanded', /^(true|false)$/);
    return this;
  }

  async notReady(message) {
    await expect(this.root, message).not.toHaveAttribute('data-ready', '');
  }

  async expectOpen(id, open = true) {
    await expect(this.toggle(id)).toHaveAttribute('aria-expanded', String(open));
  }

  /** The view shown is the one whose tab says `name`. */
  async expectView(name) {
    await expect(this.selectedTab()).toHaveText(name);
  }

  /**
   * In the widget page or a frame: every tab selects its panel, every toggle in it opens its
   * card, and every link that changes the address does so, where the page is (links to a
   * card are followed in map.spec.mjs and tests/web.rs). Nothing is dead.
   */
  async expectEveryControlWorks() {
    const hash = () => this.locator('html').evaluate(() => location.hash);
    for (const tab of await this.tabs().all()) {
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const panel = this.locator(`#${await tab.getAttribute('aria-controls')}`);
      for (const toggle of await panel.locator(S.cardToggles).all()) {
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      }
      for (const anchor of await panel.locator(`a[href]:not(${S.links}, ${S.mapLabels})`).all()) {
        const href = await anchor.getAttribute('href');
        await anchor.click();
        if (href.startsWith('#')) await expect.poll(hash).toBe(href);
      }
    }
  }

  /** Every pinned card (the four initiatives, the four partners) shows its title. */
  async expectTitles() {
    for (const id of PINNED_CARDS) await expect(this.title(id)).toBeVisible();
  }
}
