// The floor of the first-render benchmark: a bare Lit element that fetches the URLs its widget fetches (one
// request per URL on the page, as the widgets' cache does) and renders what came back as a plain list. No
// checks, no localisation, no charts: what any Lit element showing the same data costs at least.
/* global CustomEvent, customElements -- it runs in the browser */
import { html, LitElement } from 'lit';

/** @type {Map<string, Promise<unknown>>} */
const requests = new Map();

/** @param {string} url */
function read(url) {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' }).then((response) =>
      response.json(),
    );
    requests.set(url, request);
  }
  return request;
}

/**
 * The lines of a response: its items, its groups, or its total.
 * @param {any} body
 * @returns {string[]}
 */
function linesOf(body) {
  if (Array.isArray(body.items)) {
    return body.items.map((item) => String(item.title_en ?? item.name ?? item.id ?? item.as_of ?? ''));
  }
  if (Array.isArray(body.groups) && body.groups.length > 0) {
    return body.groups.map((group) => `${group.label}: ${group.range}`);
  }
  if (body.partner) return [body.partner.name, String(body.partner.agreements.headline.count)];
  if (body.total) return [String(body.total.range)];
  return Object.keys(body.objects ?? body);
}

class FloorList extends LitElement {
  static properties = { urls: {}, lines: { state: true } };

  constructor() {
    super();
    /** @type {string} */
    this.urls = '';
    /** @type {string[] | undefined} */
    this.lines = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  async load() {
    const bodies = await Promise.all(this.urls.split(' ').filter(Boolean).map(read));
    this.lines = bodies.flatMap(linesOf);
    await this.updateComplete;
    this.dispatchEvent(new CustomEvent('sco-load', { bubbles: true, composed: true }));
  }

  render() {
    return this.lines
      ? html`<ul>
          ${this.lines.map((line) => html`<li>${line}</li>`)}
        </ul>`
      : html`<p>Loading…</p>`;
  }
}

customElements.define('floor-list', FloorList);
