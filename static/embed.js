// <nato-ip4-explainer>: the explainer as a custom element with an open shadow root.
//
// Paste the element snippet (dist/snippets/element.html). Until the widget starts, the
// element shows its light-DOM fallback (the headline, the map and the eight card titles) at
// the widget's final size. The widget starts when the element comes within a viewport of being seen: its
// stylesheet and wasm load relative to this module's URL, from any origin that serves
// them with CORS.
//
// Attributes: theme="auto|light|dark", view="initiatives|people|figures|context",
// card="<card id>"; read at start and applied when they change. Also exported:
// mount(element, options), which resolves to a handle with update(options) and unmount().
//
// Nothing on the host page moves because of the widget: until the reader interacts with
// it, the element keeps the height it had (the fallback's reserved one) whenever its lower
// edge is on screen, and takes the widget's own height when that edge is off screen or the
// reader clicks or types in it. Whatever fonts the reader has, the page holds still.
//
// Events, dispatched on the element, bubbling, not composed: `nato-ip4:card` (detail
// { card, open }) when a card opens or closes, `nato-ip4:view` (detail { view }) when the
// reader switches tabs.

import { EVENTS, OPTIONS, RELEASE, TAG, THEMES, VIEWS } from './contract.js';
import { mayResize, watchInput } from './height.js';
import { loadWidget, mountWidget, optionsFrom, renderOutOfSight, reportFailedStart } from './start.js';

// What a removed attribute goes back to (a card stays as the reader left it).
const DEFAULTS = { theme: THEMES[0], view: VIEWS[0] };

/**
 * Renders the explainer into `element` (emptying it). `options` is a plain object with
 * any of theme, view and card. Resolves to a handle with update(options) and unmount(), or
 * to null when the widget could not start; never rejects, and the handle never throws,
 * whatever it is given.
 */
export function mount(element, options = {}) {
  return mountWidget(element, options);
}

/** Blank text, a comment, <br>, or a paragraph holding nothing but those, scripts and links. */
function isRewriting(node) {
  if (node.nodeType === Node.COMMENT_NODE) return true;
  if (node.nodeType === Node.TEXT_NODE) return node.data.trim() === '';
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  return node.tagName === 'BR' || (node.tagName === 'P' && node.textContent.trim() === ''
    && [...node.children].every((child) => ['BR', 'SCRIPT', 'LINK'].includes(child.tagName)));
}

function stylesheetLoaded(link) {
  return new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${link.href}`)), { once: true });
  });
}

class NatoIp4Explainer extends HTMLElement {
  static observedAttributes = OPTIONS;

  #observer = null;
  #mounted = null;
  #generation = 0;
  #resize = null;
  /** Whether a new height follows the reader's input in the widget (height.js), once it shows. */
  #followsInput;
  /** The started widget's container, once it shows. */
  #widget = null;

  attributeChangedCallback(name, old, value) {
    // Before start the attributes are read as they are then.
    if (!this.#mounted) return;
    const given = value ?? DEFAULTS[name];
    if (given !== undefined) this.#mounted.update({ [name]: given });
  }

  connectedCallback() {
    const generation = ++this.#generation;
    if (document.readyState === 'loading') {
      // Defined before the page was parsed: the element's content is not all there yet.
      document.addEventListener('DOMContentLoaded', () => {
        if (generation === this.#generation && this.isConnected) this.#connect(generation);
      }, { once: true });
      return;
    }
    this.#connect(generation);
  }

  #connect(generation) {
    this.#tidy();
    // Already within a viewport of being seen (or no way to tell): start now, a frame
    // sooner than an observer would say so.
    const box = this.getBoundingClientRect();
    if (!('IntersectionObserver' in window) || (box.bottom > -innerHeight && box.top < 2 * innerHeight)) {
      this.#start(generation);
      return;
    }
    // Start only when within one viewport of being seen.
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.#observer?.disconnect();
        this.#observer = null;
        this.#start(generation);
      }
    }, { rootMargin: '100% 0px' });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#resize?.disconnect();
    this.#resize = null;
    removeEventListener('scroll', this.#fit);
    removeEventListener('resize', this.#fit);
    this.style.removeProperty('height');
    this.#mounted?.unmount();
    this.#mounted?.free();
    this.#mounted = null;
    this.removeAttribute('data-ready');
    if (this.shadowRoot) this.#showFallback(this.shadowRoot);
  }

  /** Gives the element the widget's own height when the height rule allows (height.js). */
  #fit = () => {
    if (!this.#widget) return;
    const height = this.#widget.getBoundingClientRect().height;
    const box = this.getBoundingClientRect();
    if (Math.abs(box.height - height) < 0.5) return;
    if (mayResize(box, this.#followsInput())) this.style.setProperty('height', `${height}px`);
  };

  /**
   * Undoes what content systems do to a pasted snippet. WordPress's wpautop, for one, wraps
   * the element's tags in <p>: the parser then closes the element before its fallback, or
   * never closes it, and the article after it ends up inside. Here the fallback is taken
   * back in, what the rewriting added (empty paragraphs, <br>, blank text) is dropped, and
   * what follows the fallback, the host's own content, is put back after the element, in
   * order. Anything else a producer put in the element stays, as it always did.
   */
  #tidy() {
    let fallback = this.querySelector('.nato-ip4-fallback');
    if (!fallback) {
      fallback = [...document.querySelectorAll('.nato-ip4-fallback')].find((candidate) =>
        !candidate.closest(TAG) && (this.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING));
      if (!fallback) return;
      this.append(fallback);
    }
    let last = this;
    let afterFallback = false;
    for (const node of [...this.childNodes]) {
      if (node === fallback) {
        afterFallback = true;
      } else if (node.nodeType === Node.ELEMENT_NODE && node.matches('script, link')) {
        this.before(node);
      } else if (isRewriting(node)) {
        if (node.nodeType === Node.ELEMENT_NODE) this.before(...node.querySelectorAll('script, link'));
        node.remove();
      } else if (afterFallback) {
        last.after(node);
        last = node;
      }
    }
  }

  /** Shows the light-DOM fallback through a slot while the widget is not up. */
  #showFallback(root) {
    root.replaceChildren(document.createElement('slot'));
  }

  async #start(generation) {
    let root;
    try {
      root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    } catch (error) {
      // The host page gave the element a (closed) shadow root of its own: its fallback stays.
      reportFailedStart(error);
      return;
    }
    // The wasm and its glue first: they take longest to arrive.
    const widget = loadWidget();
    this.#showFallback(root);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.referrerPolicy = 'no-referrer';
    link.href = new URL('explainer.css', import.meta.url).href;
    root.prepend(link);
    try {
      const [module] = await Promise.all([widget, stylesheetLoaded(link)]);
      if (generation !== this.#generation) return; // removed meanwhile
      const options = optionsFrom((name) => this.getAttribute(name));
      this.#mounted = renderOutOfSight(module, this.#container(root), root, this, options);
    } catch (error) {
      reportFailedStart(error);
    }
  }

  /**
   * The widget's container: rendered out of sight, then swapped for the fallback in one go
   * (the fallback already has the widget's size, so nothing moves). It notes the reader's
   * input, and tells the page the widget's events, which stop at the shadow root.
   */
  #container(root) {
    const container = document.createElement('div');
    container.className = 'ip4-host';
    container.addEventListener('ready', () => {
      // Hold the fallback's height, then let the widget's own height in when allowed.
      this.style.setProperty('height', `${this.getBoundingClientRect().height}px`);
      root.querySelector('slot')?.remove();
      container.hidden = false;
      this.#widget = container;
      this.#resize = new ResizeObserver(this.#fit);
      this.#resize.observe(container);
      addEventListener('scroll', this.#fit, { passive: true });
      addEventListener('resize', this.#fit, { passive: true });
      this.setAttribute('data-ready', '');
      this.dispatchEvent(new CustomEvent('ready'));
    }, { once: true });
    // On the reader's input, a height held back so far comes in at once.
    this.#followsInput = watchInput(container, this.#fit);
    for (const type of EVENTS) {
      container.addEventListener(type, (event) => {
        this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: event.detail }));
      });
    }
    return container;
  }
}

// Which release is defined, and from where: a second deployment (or version) on the same page
// can tell, and says so rather than mixing with it.
NatoIp4Explainer.release = RELEASE;
NatoIp4Explainer.source = import.meta.url;

const defined = customElements.get(TAG);
if (!defined) {
  customElements.define(TAG, NatoIp4Explainer);
} else {
  // Every <nato-ip4-explainer> on the page runs the first definition, with its own assets;
  // this one loads nothing for them (its mount() still renders its own release).
  console.warn(`${TAG}: this page loads the explainer twice: release ${defined.release ?? 'unknown'} `
    + `from ${defined.source ?? 'elsewhere'}, and release ${RELEASE} from ${import.meta.url}. `
    + 'Every element runs the first; remove one of the two scripts.');
}
