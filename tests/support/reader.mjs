// A page object for the engines' tests: a reader at a WebDriver session, meeting the widget
// on its own page, as the custom element or in the iframe. Queries run in the widget's
// document (inside the frame, or in the element's shadow root); `host` runs in the page the
// reader opened.
import { test as base, expect } from '@playwright/test';
import { By, Key } from 'selenium-webdriver';
import { startDriver } from './driver.mjs';
import { HOST_ORIGIN, WIDGET } from './server.mjs';
import { S, card, mapLabel, tab, toggle } from './selectors.mjs';

export { expect, Key, WIDGET, HOST_ORIGIN, S };

/** The document or shadow root the widget lives in, as a script sees it. */
const SCOPE = `const scope = document.querySelector('nato-ip4-explainer')?.shadowRoot ?? document;`;

export class Reader {
  /**
   * @param {import('selenium-webdriver').WebDriver} driver
   * @param {{ engine: string, display?: string }} browser which engine, in which X display
   */
  constructor(driver, browser = { engine: 'firefox' }) {
    this.driver = driver;
    this.browser = browser;
    this.where = 'page';
    this.frames = [];
  }

  /** Opens a URL with the watcher (tests/support/watch.js) loaded first. */
  async open(url) {
    const watched = new URL(url);
    watched.searchParams.set('watch', '');
    await this.driver.switchTo().defaultContent();
    this.frames = [];
    await this.driver.get(watched.href);
  }

  /** The widget page, or any page of the widget's origin. */
  async openWidget(path = '', hash = '') {
    this.where = 'page';
    await this.open(`${WIDGET}${path}${hash}`);
  }

  /** A host article page (see hostPage in tests/support/server.mjs) with one embed. */
  async openHost(embed, options = {}) {
    this.where = embed;
    await this.open(`${HOST_ORIGIN}/article.html?${new URLSearchParams({ embed, ...options })}`);
  }

  /** `url` in an iframe of width by height CSS pixels: a reader's window narrower than the driver allows. */
  async openWindow(url, { width, height }, where = 'page') {
    this.where = where;
    const src = new URL(url);
    src.searchParams.set('watch', '');
    await this.open(`${HOST_ORIGIN}/window.html?${new URLSearchParams({ width, height, src: src.href })}`);
    this.frames = ['#window'];
  }

  /** Runs `body` (a function's source, or a function) in the page the reader opened. */
  async host(body, ...args) {
    await this.#enter(this.frames);
    return this.driver.executeScript(typeof body === 'function' ? `return (${body}).apply(null, arguments)` : body, ...args);
  }

  /** Runs `fn(scope, ...args)` in the widget's document or shadow root. */
  async widget(fn, ...args) {
    await this.#enter(this.where === 'iframe' ? [...this.frames, 'iframe[data-nato-ip4]'] : this.frames);
    return this.driver.executeScript(`${SCOPE} return (${fn}).apply(null, [scope, ...arguments])`, ...args);
  }

  async #enter(frames) {
    await this.driver.switchTo().defaultContent();
    for (const css of frames) await this.driver.switchTo().frame(await this.driver.findElement(By.css(css)));
  }

  /** The widget's element for `selector`, for real clicks and keys. */
  async find(selector) {
    const element = await this.widget((scope, css) => scope.querySelector(css), selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element;
  }

  /**
   * Clicks what `selector` matches, as a reader would: scrolled to it first (WebKitWebDriver
   * may not, and in the iframe drivers scroll only the frame's own document).
   */
  async click(selector) {
    if (this.where !== 'iframe') {
      await this.widget((scope, css) => scope.querySelector(css).scrollIntoView({ block: 'center' }), selector);
    } else {
      const top = await this.widget((scope, css) => scope.querySelector(css).getBoundingClientRect().top, selector);
      await this.host((y) => {
        const frame = document.querySelector('iframe[data-nato-ip4]');
        scrollTo(0, frame.getBoundingClientRect().top + scrollY + y - innerHeight / 3);
      }, top);
    }
    await (await this.find(selector)).click();
  }

  /** Clicks a card's toggle. */
  clickCard(id) {
    return this.click(toggle(id));
  }

  /** Clicks the tab of a view (by its id: `people`). */
  clickTab(view) {
    return this.click(tab(view));
  }

  /** Clicks a partner's label on the map. */
  clickMapLabel(id) {
    return this.click(mapLabel(id));
  }

  /** Whether a card's toggle says it is open: 'true' or 'false'. */
  async expanded(id) {
    return this.widget((scope, css) => scope.querySelector(css).getAttribute('aria-expanded'), toggle(id));
  }

  /** Whether what `part` (a key of S: `title`, `body`) selects in a card shows. */
  async shows(id, part) {
    return this.widget((scope, css) => scope.querySelector(css)?.checkVisibility() ?? false, `${card(id)} ${S[part]}`);
  }

  /** Whether a card's toggle has focus. */
  async focused(id) {
    return this.widget((scope, css) => scope.activeElement === scope.querySelector(css), toggle(id));
  }

  /** Whether any of a card is in the viewport. */
  async inView(id) {
    return this.widget((scope, css) => {
      const box = scope.querySelector(css).getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    }, card(id));
  }

  /** The ids of the cards in the view shown. */
  async shownCards() {
    return this.widget((scope, S) => [...scope.querySelectorAll(`${S.shownPanel} ${S.cards}`)]
      .map((node) => node.getAttribute(S.cardAttr)), S);
  }

  /** The views' ids, in their tabs' order. */
  async views() {
    return this.widget((scope, S) => [...scope.querySelectorAll(S.tabs)].map((node) => node.getAttribute(S.viewAttr)), S);
  }

  /** The selected tab's text, and whether it has focus. */
  async selectedTab() {
    return this.widget((scope, css) => {
      const tab = scope.querySelector(css);
      return [tab.textContent.trim(), scope.activeElement === tab || document.activeElement === tab];
    }, S.selectedTab);
  }

  /** Moves focus to the selected tab. */
  async focusSelectedTab() {
    await this.widget((scope, css) => scope.querySelector(css).focus(), S.selectedTab);
  }

  /** Waits until the widget has started (data-ready on its root or on the element). */
  async ready() {
    await this.until(() => this.widget((scope) =>
      (scope.host ?? scope.querySelector('#nato-ip4'))?.hasAttribute('data-ready') ?? false), 'the widget to start');
  }

  /**
   * Resolves once the page the reader opened has rendered `count` more frames: the end of a
   * window in which nothing may happen, counted in the page's frames rather than in time.
   */
  async renderedFrames(count = 10) {
    await this.host(`return new Promise((done) => {
      let n = ${count};
      const step = () => (--n > 0 ? requestAnimationFrame(step) : done());
      requestAnimationFrame(step);
    })`);
  }

  /**
   * Waits until the widget has settled after its start: ready, the closed cards' details
   * drawn (what it does after its first frame) and, in the iframe, the page told the frame's
   * height for what it shows now; then a few frames for that to be laid out.
   */
  async settled() {
    await this.ready();
    await this.until(() => this.widget((scope, body) => scope.querySelectorAll(`${body}:empty`).length === 0, S.body), 'the closed cards\' details');
    if (this.where === 'iframe') {
      await this.until(async () => {
        const height = await this.widget(() => document.documentElement.getBoundingClientRect().height);
        return (await this.host(() => window.__ip4Watch.heights.at(-1))) === height;
      }, 'the page to have the frame\'s height');
    }
    await this.renderedFrames(2);
  }

  /** Polls `check` until it returns something truthy; returns that. */
  async until(check, what, timeout = 15_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Presses keys at whatever has focus. */
  async press(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  /** What the watcher saw go wrong in the reader's page and in the widget's frame. */
  async problems() {
    const seen = await this.host(() => window.__ip4Watch?.problems ?? ['the watcher did not run']);
    if (this.where === 'iframe') {
      seen.push(...await this.widget(() => window.__ip4Watch?.problems ?? ['the watcher did not run in the frame']));
    }
    return seen;
  }
}

/**
 * The engines' test: `engine` is the project's (playwright.config.mjs), `dark` a worker
 * option; `reader` a fresh session of that engine for each test.
 */
export const test = base.extend({
  engine: ['firefox', { option: true, scope: 'worker' }],
  dark: [false, { option: true, scope: 'worker' }],
  driver: [async ({ engine, dark }, use) => {
    const driver = await startDriver(engine, { dark });
    await use(driver);
    driver.stop();
  }, { scope: 'worker', timeout: 60_000 }],
  reader: async ({ driver, engine }, use) => {
    const session = await driver.newSession();
    try {
      await use(new Reader(session, { engine, display: driver.display }));
    } finally {
      await session.quit().catch(() => {});
    }
  },
});
