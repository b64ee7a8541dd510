// The widgets' documentation page (dist/docs.html), built from the custom-elements manifest. The page has
// no script and no inline style: its stylesheet is dist/docs.css.

const escape = (text) =>
  String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * Markdown-ish inline code (`x`) in JSDoc text, escaped; an identifier or a path may break after "_", "/", "?",
 * "&" or "=" (`cooperation_agreement` on a phone), where its column is narrower than it.
 */
const prose = (text) =>
  escape(text)
    .replace(/(?<=[^\s][_/?=]|&amp;)(?=[^\s])/g, '<wbr>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

/**
 * A name (attribute, part, custom property, class) that may break only after "-", "(" or "." and before the
 * capital of a camel-case word: never inside a word ("int/erv/al" on a phone).
 */
const breakable = (name) =>
  escape(name)
    .replace(/(?<=[^-(.][-(.])(?=.)/g, '<wbr>')
    .replace(/(?<=[a-z])(?=[A-Z])/g, '<wbr>');

/**
 * A table that scrolls sideways, in a region a keyboard reaches and a screen reader names, if its names still
 * do not fit the width.
 */
const table = (label, headers, rows) =>
  rows.length === 0
    ? '<p class="none">None.</p>'
    : `<div class="table" role="region" tabindex="0" aria-label="${escape(label)}"><table><thead><tr>${headers
        .map((h) => `<th>${escape(h)}</th>`)
        .join('')}</tr></thead><tbody>${rows
        .map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
        .join('')}</tbody></table></div>`;

/**
 * The Observatory's pages, as the site's header lists them (the API serves this page at /widgets/docs, and a
 * test of the API checks that the two lists agree).
 */
export const SITE_NAV = [
  ['/', 'Overview'],
  ['/embed', 'Embed'],
  ['/demo', 'Demo'],
  ['/widgets/docs', 'Widgets'],
  ['/docs', 'API'],
  ['/studio', 'Briefs'],
];

const siteHeader = () => `<a class="skip" href="#main">Skip to the content</a>
<header class="site-header"><a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>Soft Connectivity Observatory</a>
<nav class="site-nav" aria-label="Site">${SITE_NAV.map(
  ([href, label]) =>
    `<a href="${href}"${href === '/widgets/docs' ? ' aria-current="page"' : ''}>${escape(label)}</a>`,
).join('')}</nav></header>`;

export const CSP_LINES = [
  "script-src 'self' <API origin>",
  'connect-src <API origin>',
  'img-src blob:   (only for the PNG export)',
];

function widgetSection(declaration) {
  const tag = declaration.tagName;
  const attributes = (declaration.attributes ?? []).map((a) => [
    `<code>${breakable(a.name)}</code>`,
    prose(a.description),
    a.inheritedFrom ? breakable(a.inheritedFrom.name) : '',
  ]);
  const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName));
  const properties = (declaration.members ?? [])
    .filter((m) => m.kind === 'field' && !attributeFields.has(m.name))
    .map((m) => [`<code>${breakable(m.name)}</code>`, prose(m.description ?? m.type?.text ?? '')]);
  const methods = (declaration.members ?? [])
    .filter((m) => m.kind === 'method')
    .map((m) => [`<code>${breakable(m.name)}()</code>`, prose(m.description)]);
  const events = (declaration.events ?? []).map((e) => [
    `<code>${breakable(e.name)}</code>`,
    prose(e.description),
  ]);
  const parts = (declaration.cssParts ?? []).map((p) => [
    `<code>::part(<wbr>${breakable(p.name)})</code>`,
    prose(p.description),
  ]);
  const properties_ = (declaration.cssProperties ?? []).map((p) => [
    `<code>${breakable(p.name)}</code>`,
    prose(p.description),
  ]);
  return `<section id="${escape(tag)}">
<h2><code>&lt;${escape(tag)}&gt;</code></h2>
<p class="summary">${prose(declaration.summary)}</p>
<p>${prose(declaration.description).replaceAll('\n\n', '</p><p>')}</p>
<pre><code>&lt;script type="module" src="…/${escape(tag)}.js"&gt;&lt;/script&gt;
&lt;${escape(tag)} lang="en"&gt;&lt;/${escape(tag)}&gt;</code></pre>
<h3>Attributes</h3>${table(`${tag}: attributes`, ['Attribute', 'Meaning', 'From'], attributes)}
<h3>Properties</h3>${table(`${tag}: properties`, ['Property', 'Meaning'], properties)}
${methods.length ? `<h3>Methods</h3>${table(`${tag}: methods`, ['Method', 'Meaning'], methods)}` : ''}
<h3>Events</h3>${table(`${tag}: events`, ['Event', 'Detail'], events)}
<h3>Parts</h3>${table(`${tag}: parts`, ['Part', 'What'], parts)}
<h3>CSS custom properties</h3>${table(`${tag}: CSS custom properties`, ['Property', 'What'], properties_)}
</section>`;
}

export function docsPage(manifest, version) {
  const widgets = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Soft Connectivity Observatory widgets ${escape(version)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">
<link rel="stylesheet" href="docs.css">
</head>
<body>
${siteHeader()}
<main id="main">
<div class="page-head"><h1>Observatory widgets <small>${escape(version)}</small></h1>
<nav aria-label="Widgets">${widgets.map((w) => `<a href="#${escape(w.tagName)}">&lt;${escape(w.tagName)}&gt;</a>`).join(' ')}</nav></div>
<section id="embed">
<h2>Embedding</h2>
<p>One script tag and one element. <code>sco-widgets.js</code> defines every widget; each widget also has its own
module (<code>sco-map.js</code>…), and they share their common code, so a page that loads several pays for it once.
Each element is defined only once, even if the script is included twice. The versioned URL never changes: use it with
the <code>integrity</code> hashes the embed builder of the Observatory (<a href="/embed"><code>/embed</code></a>) writes
for it and for the modules it imports (<code>&lt;link rel="modulepreload"&gt;</code>).</p>
<p><code>&lt;sco-scatter&gt;</code> (agreements against Chinese investment) and <code>&lt;sco-network&gt;</code> (who signs
with whom) are not in <code>sco-widgets.js</code>, which would then exceed its size budget: load their own modules,
<code>sco-scatter.js</code> and <code>sco-network.js</code>.</p>
<p><code>show-investment</code> on <code>&lt;sco-timeline&gt;</code> and <code>&lt;sco-partner&gt;</code> draws Chinese
investment and construction (USD million, China Global Investment Tracker) as bars on the agreements' time axis, on a
scale of their own; its code (a module of its own, in <code>manifest.json</code> with its hash) and data load only then:</p>
<pre><code>&lt;sco-partner partner="KEN" show-investment&gt;&lt;/sco-partner&gt;</code></pre>
<p><code>show-table</code> opens a chart's data table at first, the partner's included (print briefs set it).</p>
<pre><code>&lt;script type="module" src="https://API/widgets/${escape(version)}/sco-widgets.js" integrity="sha384-…" crossorigin="anonymous"&gt;&lt;/script&gt;
&lt;sco-timeline lang="fr"&gt;&lt;/sco-timeline&gt;</code></pre>
<p>The <code>api</code> attribute defaults to the origin the script comes from. <code>data</code> (a property) takes the
API's response instead of fetching it: nothing is requested (print mode). <code>theme</code> defaults to
<code>auto</code>, which follows the reader's <code>prefers-color-scheme</code>: on a page that has no dark mode, set
<code>theme="light"</code>. Brand the widgets with the CSS custom properties and <code>::part</code>s listed below.</p>
<h3>Content-Security-Policy</h3>
<p>The widgets use no eval, inject no inline script or style (styles are constructed stylesheets in shadow roots;
nothing is set through <code>style</code>), and load nothing but their modules, the map geometry and the API's data, all
from the Observatory's origin. A page with a Content-Security-Policy adds that origin to two directives, and
<code>blob:</code> images for the charts' PNG export (without it the PNG button says it cannot):</p>
<pre><code>${CSP_LINES.map(escape).join('\n')}</code></pre>
<p>Nothing else is needed: no <code>'unsafe-inline'</code>, no <code>'unsafe-eval'</code>, no <code>style-src</code> or
<code>font-src</code> entry (the widgets use the page's fonts).</p>
<h3>Privacy</h3>
<p>The widgets set no cookies, use no storage (no localStorage, sessionStorage or IndexedDB), send requests without
credentials, and talk to no one but the Observatory API (and the geometry file served beside the script). Requests
for the same URL on a page are made once and shared; with <code>interval</code>, data is re-checked with conditional
requests (ETag) and re-rendered only when it changed.</p>
<h3>Phones and dark pages</h3>
<p>Each chart is drawn at the width it is shown, so its text keeps its size in a phone's column (never under 10 px from
320 to 1280 px); <code>&lt;sco-agreements&gt;</code> shows a card per agreement under 600 px. The data marks keep 3:1
against the background in both themes; the tally numbers take the text colour when your
<code>--sco-color-highlight</code> keeps under 4.5:1. Buttons and links are at least 24 × 24 px.</p>
<h3>Naming policy (map)</h3>
<p>Partner names are the API's: ISO 3166 short names in English, French and Chinese, and each organisation's own name.
Other countries are named by the reader's browser from the Unicode CLDR (<code>Intl.DisplayNames</code>), keyed by their
ISO 3166-1 code; UN M49 regions are named likewise by the API. Borders, and the areas without an ISO code (Kosovo,
Northern Cyprus, Somaliland), are drawn as in Natural Earth (world-atlas, 1:110m) and named in English as there; the
map takes no position on any dispute. Antarctica is left out. Countries too small for the map's scale are listed beside it.</p>
<h3>Versions</h3>
<table><thead><tr><th>Widgets</th><th>API</th></tr></thead><tbody>
<tr><td>${escape(version)}</td><td><code>/v1</code> (the Observatory API's OpenAPI document, version 1.x)</td></tr>
</tbody></table>
<p>Widgets ${escape(version)} read only the API's <code>/v1</code> routes (<code>/v1/indicators</code>,
<code>/v1/partners</code>, <code>/v1/agreements</code>, <code>/v1/tallies</code>, <code>/v1/cite</code>), which change
only by additions: they work with every API that serves <code>/v1</code>. A new major API version comes with a new
widget version. An Observatory server serves one widget version, the one it was built with, at
<code>/widgets/${escape(version)}/</code> (files that never change, cached for a year) and at
<code>/widgets/latest/</code> (which follows it within five minutes). Pin the version, with its integrity hashes, for
files that cannot change under your page; use <code>latest</code> to follow new versions without editing your page.
When the Observatory moves to a new widget version, the URLs of the old one answer 404 and the embed builder gives the
new snippet.</p>
</section>
${widgets.map(widgetSection).join('\n')}
</main>
</body>
</html>
`;
}

export const DOCS_CSS = `:root{color-scheme:light dark;--fg:#1c2430;--muted:#566070;--bg:#fff;--surface:#f2f4f7;
--line:#d3d9e0;--rule:#e4e7eb;--link:#1b6a8a}
@media (prefers-color-scheme:dark){:root{--fg:#e7eaef;--muted:#a9b2bf;--bg:#16191e;--surface:#222831;--line:#3c4552;
--rule:#2c323b;--link:#62b6d9}}
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:var(--fg);background:var(--bg)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem 1rem}
.site-header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.75rem 2rem;background:#16202d;color:#f2efe9}
.site-header a{color:inherit;text-decoration:none}.brand{font-weight:700;display:flex;align-items:center;gap:.6rem}
.brand-mark{width:1.4rem;height:1.4rem;border-radius:50%;border:3px solid #e0775f;box-shadow:inset 0 0 0 3px #16202d,inset 0 0 0 7px #f2efe9}
.site-nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}.site-nav a{padding:.2rem 0;border-bottom:2px solid transparent;white-space:nowrap}
.site-nav a:hover,.site-nav a[aria-current=page]{border-bottom-color:#e0775f}
.site-header :focus-visible{outline:3px solid #e0775f;outline-offset:2px}
.page-head{padding:1rem 0;border-bottom:1px solid var(--line)}.page-head nav a{margin-right:1rem;white-space:nowrap}
main{max-width:60rem;padding:0 2rem 4rem}h1 small{font-weight:400;color:var(--muted)}
.table{overflow-x:auto}th,td{overflow-wrap:normal;word-break:normal}td:nth-child(2){overflow-wrap:anywhere;min-width:6.5rem}
h2{margin-top:2.5rem;border-bottom:1px solid var(--line)}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top}
@media (max-width:600px){.site-header{padding:.75rem 1rem}main{padding:0 1rem 3rem}th,td{padding:.3rem .35rem}}
pre{background:var(--surface);padding:.75rem;white-space:pre-wrap;overflow-wrap:anywhere}code{font-size:.9em}
.summary{font-size:1.1rem}.none{color:var(--muted)}a{color:var(--link)}
`;
