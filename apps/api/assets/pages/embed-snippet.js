// The snippet a partner pastes into a page, written in one place for the embed builder's page (in the
// browser) and for the API's server-rendered first snippet (embed-snippet.d.ts gives the API its types).

/** @param {string} value */
export function escapeAttribute(value) {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * `<link rel="modulepreload">` for the modules the script imports (so that the browser checks them against
 * their hashes too: an integrity attribute covers its own file only), the `<script>` and the element.
 * Without `integrity` (the `latest` URLs, whose files change), only the script and the element.
 * @param {import('./embed-snippet.js').SnippetOptions} options
 * @returns {string}
 */
export function embedSnippet({ base, tag, attributes, script, preloads, integrity }) {
  const sri = (/** @type {{ integrity: string }} */ ref) =>
    integrity ? ` integrity="${escapeAttribute(ref.integrity)}"` : '';
  const lines = [];
  if (integrity) {
    for (const preload of preloads) {
      lines.push(
        `<link rel="modulepreload" href="${escapeAttribute(base + preload.file)}"${sri(preload)} crossorigin="anonymous">`,
      );
    }
  }
  lines.push(
    `<script type="module" src="${escapeAttribute(base + script.file)}"${sri(script)} crossorigin="anonymous"></script>`,
  );
  const attributeText = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  lines.push(`<${tag}${attributeText}></${tag}>`);
  return lines.join('\n');
}
