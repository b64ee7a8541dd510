// The function static-brief.mjs runs in the brief's page (page.evaluate): it turns the live page, its charts
// drawn by custom elements into their shadow roots, into static HTML that needs no script.
/* global document, getComputedStyle, CSSStyleRule, Node */

/**
 * Runs in the page: numbers the contents, then replaces each shadow-root host by a plain element holding its
 * composed tree, with the widgets' stylesheets scoped to those elements, and styles the copies inline until
 * they compute the styles the originals had (except the sizes and offsets that layout resolves, which the
 * stylesheets give). Colours are also set inline, resolved (`color-mix()` is not for every tool). Returns the
 * document without its scripts, and how many style values could not be matched.
 */
export function flattenInPage(tocPages) {
  for (const element of document.querySelectorAll('[data-toc]')) {
    element.textContent = String(tocPages[element.dataset.toc] ?? '');
  }
  /** Computed values that are results of the layout (of the viewport, not of the printed page). */
  const LAYOUT = new Set(['width', 'height', 'inline-size', 'block-size', 'top', 'right', 'bottom', 'left']);
  LAYOUT.add('transform-origin')
    .add('perspective-origin')
    .add('grid-template-columns')
    .add('grid-template-rows');
  const COLOURS = ['color', 'background-color', 'fill', 'stroke'];
  const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

  /** `color(srgb r g b [/ a])`, how Chromium gives a mixed colour, as rgb()/rgba(). */
  const portable = (value) =>
    value.replace(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/g, (_, r, g, b, a) => {
      const channels = [r, g, b].map((c) => Math.round(Math.min(1, Math.max(0, Number(c))) * 255));
      return a === undefined ? `rgb(${channels.join(', ')})` : `rgba(${channels.join(', ')}, ${Number(a)})`;
    });
  const styleOf = (element) => {
    const computed = getComputedStyle(element);
    const values = new Map();
    for (let i = 0; i < computed.length; i++) {
      const name = computed[i];
      if (!name.startsWith('--') && !LAYOUT.has(name)) values.set(name, computed.getPropertyValue(name));
    }
    return values;
  };

  /** Splits a selector list at its top-level commas. */
  const selectors = (list) => {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === '(' || list[i] === '[') depth++;
      else if (list[i] === ')' || list[i] === ']') depth--;
      else if (list[i] === ',' && depth === 0) {
        parts.push(list.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(list.slice(start).trim());
    return parts;
  };
  /** A shadow root's selector, for the copy of its host marked `scope`. */
  const scoped = (selector, scope) => {
    const host = /^:host(?:\(((?:[^()]|\([^()]*\))*)\))?/.exec(selector);
    if (host) return scope + (host[1] ?? '') + selector.slice(host[0].length);
    return `${scope} ${selector}`;
  };
  const rewrite = (rules, scope) =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSStyleRule) {
          const list = selectors(rule.selectorText).map((selector) => scoped(selector, scope));
          return `${list.join(', ')} { ${rule.style.cssText} }`;
        }
        if ('cssRules' in rule) {
          // @media, @supports, @container, @layer: the same condition around the rewritten rules.
          return `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{ ${rewrite(rule.cssRules, scope)} }`;
        }
        return rule.cssText;
      })
      .join('\n');

  const pairs = [];
  const sheets = new Map();
  function copy(node, prefix, fromShadow) {
    if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.data)];
    if (node.nodeType !== Node.ELEMENT_NODE) return [];
    if (node.localName === 'slot') {
      return node.assignedNodes({ flatten: true }).flatMap((child) => copy(child, prefix, false));
    }
    if (node.localName === 'script' || node.localName === 'template') return [];
    const host = node.shadowRoot !== null;
    const clone = host
      ? document.createElement('div')
      : document.createElementNS(node.namespaceURI, node.localName);
    for (const { name, value } of node.attributes) {
      if (fromShadow && name === 'part') continue;
      if (fromShadow && name === 'id') clone.setAttribute(name, prefix + value);
      else if (fromShadow && ID_REFERENCES.includes(name)) {
        clone.setAttribute(
          name,
          value
            .split(/\s+/)
            .map((id) => prefix + id)
            .join(' '),
        );
      } else if (fromShadow && name === 'href' && value.startsWith('#')) {
        clone.setAttribute(name, '#' + prefix + value.slice(1));
      } else clone.setAttributeNS(node.getAttributeNode(name).namespaceURI, name, value);
    }
    if (host) {
      clone.setAttribute('data-flattened', node.localName);
      if (!sheets.has(node.localName)) {
        const scope = `[data-flattened="${node.localName}"]`;
        const own = [...node.shadowRoot.querySelectorAll('style')].map((style) => style.sheet);
        const css = [...node.shadowRoot.adoptedStyleSheets, ...own].map((sheet) =>
          rewrite(sheet.cssRules, scope),
        );
        sheets.set(node.localName, css.join('\n'));
      }
    }
    pairs.push([styleOf(node), clone, fromShadow || host]);
    const children = host ? node.shadowRoot.childNodes : node.childNodes;
    for (const child of children) clone.append(...copy(child, prefix, fromShadow || host));
    return [clone];
  }

  const hosts = [...document.querySelectorAll('*')].filter((element) => element.shadowRoot !== null);
  const replacements = hosts.map((host, index) => [host, copy(host, `w${index + 1}-`, false)[0]]);
  const style = document.createElement('style');
  style.textContent = [...sheets.values()].join('\n');
  document.head.append(style);
  for (const [host, clone] of replacements) host.replaceWith(clone);

  for (const [wanted, clone, fromShadow] of pairs) {
    if (!fromShadow) continue;
    for (const name of COLOURS) clone.style.setProperty(name, portable(wanted.get(name)));
  }
  let unmatched = 0;
  for (let pass = 0; pass < 6; pass++) {
    unmatched = 0;
    for (const [wanted, clone] of pairs) {
      const computed = getComputedStyle(clone);
      for (const [name, value] of wanted) {
        const have = computed.getPropertyValue(name);
        if (have === value || have === portable(value)) continue;
        clone.style.setProperty(name, portable(value));
        unmatched++;
      }
    }
    if (unmatched === 0) break;
  }
  for (const script of document.querySelectorAll('script')) script.remove();
  return {
    html: '<!doctype html>\n' + document.documentElement.outerHTML + '\n',
    widgets: hosts.length,
    elements: pairs.length,
    unmatched,
  };
}
