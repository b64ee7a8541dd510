/** Markup that is safe to insert as is: built by `html` from escaped values, or trusted by the template. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value: every character that could open markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** A value interpolated into a template: markup as is, text escaped, lists joined, nothing for empty. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/**
 * A tagged template for markup: every interpolated string is escaped (agreement texts are hostile input),
 * unless it is SafeHtml built the same way. Attribute values must be quoted in the template.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins pieces of markup with a separator (itself escaped when text). */
export function join(items: readonly HtmlValue[], separator: HtmlValue): SafeHtml {
  return new SafeHtml(items.map(render).join(render(separator)));
}

/** Only http(s) addresses become links; anything else (javascript:, file:, data:) stays text. */
export function safeLinkUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Text as a CSS string literal, e.g. for a margin box's `content`: every character outside a safe set is
 * written as a hexadecimal escape, so nothing can close the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const character of text) {
    out += /^[\p{L}\p{N} .,:;·–—-]$/u.test(character)
      ? character
      : `\\${(character.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `${out}"`;
}

/**
 * JSON to embed in a <script type="application/json"> element: `<`, `>` and `&` are escaped so that no
 * data can close the element, plus the line separators JavaScript once refused.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
