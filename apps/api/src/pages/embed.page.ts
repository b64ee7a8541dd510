import { embedSnippet, type ModuleRef } from '../../assets/pages/embed-snippet.js';
import { moduleTags, type LoadedWidgets, type ModuleTags } from '../widgets/widget-bundle.js';
import type { WidgetElement } from '../widgets/widget-elements.js';
import { defaultValue, embedFields, type EmbedField } from './embed-fields.js';
import { jsonForScript, markup, trusted, type SafeHtml } from './html.js';

/** The widget the builder starts with. */
export const FIRST_WIDGET = 'sco-figure';

export interface EmbedView {
  /** The API's origin, as the reader reached it: the snippet's URLs are absolute. */
  readonly origin: string;
  readonly widgets: LoadedWidgets;
  readonly elements: readonly WidgetElement[];
}

/** What embed.js needs, as a JSON data block (never executed, so the CSP has nothing to say about it). */
interface BuilderData {
  readonly origin: string;
  readonly version: string;
  readonly entry: string;
  readonly widgets: Readonly<Record<string, string>>;
  /** Widgets sco-widgets.js does not define: their snippet loads their own module. */
  readonly separate: readonly string[];
  readonly modules: Readonly<Record<string, ModuleTags>>;
  readonly defaults: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

function builderData({ origin, widgets, elements }: EmbedView): BuilderData {
  const { manifest } = widgets;
  const files = [manifest.entry, ...Object.values(manifest.widgets)];
  return {
    origin,
    version: manifest.version,
    entry: manifest.entry,
    widgets: manifest.widgets,
    separate: manifest.separate,
    modules: Object.fromEntries(files.map((file) => [file, moduleTags(manifest, file)])),
    defaults: Object.fromEntries(
      elements.map((element) => [
        element.tag,
        Object.fromEntries(
          element.attributes.flatMap((attribute) => {
            const value = defaultValue(attribute);
            return value === undefined ? [] : [[attribute.name, value]];
          }),
        ),
      ]),
    ),
  };
}

/** JSON inside <script type="application/json">, escaped so that no data can end the block. */
function jsonBlock(id: string, value: unknown): SafeHtml {
  return trusted(`<script type="application/json" id="${id}">${jsonForScript(value)}</script>`);
}

/** The snippet the builder starts with (and that a reader without JavaScript gets). */
export function firstSnippet(view: EmbedView): string {
  const { manifest } = view.widgets;
  const file = manifest.widgets[FIRST_WIDGET];
  if (!file) throw new Error(`the widgets have no ${FIRST_WIDGET}`);
  const tags = moduleTags(manifest, file);
  return embedSnippet({
    base: `${view.origin}/widgets/${manifest.version}/`,
    tag: FIRST_WIDGET,
    attributes: [],
    script: tags.script satisfies ModuleRef,
    preloads: tags.preloads,
    integrity: true,
  });
}

function field(tag: string, field: EmbedField): SafeHtml {
  const { attribute } = field;
  const id = `${tag}-${attribute.name}`;
  const name = attribute.name;
  const fallback = defaultValue(attribute);
  const hint = markup`<small id="${id}-hint">${attribute.description}</small>`;
  const label = markup`<label for="${id}"><code>${name}</code></label>`;
  const described = markup`aria-describedby="${id}-hint"`;
  switch (field.kind) {
    case 'boolean':
      return markup`<div class="field check"><input type="checkbox" id="${id}" name="${name}" ${described}>${label}${hint}</div>`;
    case 'choice': {
      const unset = fallback === undefined ? '(not set)' : `(default: ${fallback})`;
      const options = field.choices.map(([value, text]) => markup`<option value="${value}">${text}</option>`);
      return markup`<div class="field">${label}<select id="${id}" name="${name}" ${described}><option value="">${unset}</option>${options}</select>${hint}</div>`;
    }
    case 'number':
      return markup`<div class="field">${label}<input type="number" id="${id}" name="${name}" placeholder="${fallback ?? ''}" ${described}>${hint}</div>`;
    case 'text': {
      const list = field.list ? markup` list="${field.list}"` : '';
      return markup`<div class="field">${label}<input type="text" id="${id}" name="${name}" placeholder="${fallback ?? ''}" autocomplete="off" spellcheck="false"${list} ${described}>${hint}</div>`;
    }
  }
}

/** `/embed`: choose a widget and its options, see it live, copy the snippet (with SRI for versioned URLs). */
export function embedMain(view: EmbedView): SafeHtml {
  const { manifest } = view.widgets;
  const origin = view.origin;
  return markup`<section class="page-title">
  <h1>Embed a widget</h1>
  <p class="lede">Choose a widget and its options, check it below, then copy the snippet into your page: one script
  tag and one element. The figures stay live: each widget reads the latest release from this API and names it.</p>
</section>
<div class="builder">
  <form class="builder-form" id="builder" aria-label="Widget and options">
    <fieldset>
      <legend>Widget</legend>
      ${view.elements.map(
        (element) =>
          markup`<div class="field check">
            <input type="radio" id="widget-${element.tag}" name="widget" value="${element.tag}"${
              element.tag === FIRST_WIDGET ? markup` checked` : ''
            } aria-describedby="widget-${element.tag}-hint">
            <label for="widget-${element.tag}"><code>&lt;${element.tag}&gt;</code></label>
            <small id="widget-${element.tag}-hint">${element.summary}</small>
          </div>`,
      )}
    </fieldset>
    <fieldset>
      <legend>Script</legend>
      <div class="field check"><input type="radio" id="channel-version" name="channel" value="version" checked>
        <label for="channel-version">Version ${manifest.version}, with integrity hashes (recommended): never changes</label></div>
      <div class="field check"><input type="radio" id="channel-latest" name="channel" value="latest">
        <label for="channel-latest">Latest: follows new versions within 5 minutes; no integrity hashes</label></div>
      <div class="field check"><input type="checkbox" id="bundle" name="bundle">
        <label for="bundle">Load every widget (<code>${manifest.entry}</code>), for a page with several kinds</label></div>
    </fieldset>
    ${view.elements.map(
      (element) =>
        markup`<fieldset
          class="options"
          data-widget="${element.tag}"
          ${element.tag === FIRST_WIDGET ? '' : markup` hidden`}
        >
          <legend>Options of &lt;${element.tag}&gt;</legend>
          ${embedFields(element).map((item) => field(element.tag, item))}
        </fieldset>`,
    )}
    <datalist id="partners"></datalist>
    <datalist id="releases"></datalist>
  </form>
  <div class="builder-output">
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">Live preview</h2>
      <div class="preview" id="preview"><${trusted(FIRST_WIDGET)}></${trusted(FIRST_WIDGET)}></div>
    </section>
    <section aria-labelledby="snippet-title">
      <h2 id="snippet-title"><label for="snippet">Snippet</label></h2>
      <textarea id="snippet" class="snippet" readonly rows="9" spellcheck="false" aria-describedby="snippet-hint">${firstSnippet(view)}</textarea>
      <div class="actions"><button type="button" id="copy">Copy the snippet</button>
        <span id="copy-status" role="status"></span></div>
      <p id="snippet-hint" class="note">The <code>integrity</code> hashes make the browser refuse any file that is not
      exactly the one published as version ${manifest.version}; the <code>modulepreload</code> lines extend that check
      to the modules the script imports.</p>
    </section>
    <section aria-labelledby="csp-title">
      <h2 id="csp-title">If your page has a Content-Security-Policy</h2>
      <p>Add this API to these directives (nothing else: the widgets use no inline script or style and no eval):</p>
      <pre class="csp" id="csp">script-src ${origin}
connect-src ${origin}
img-src blob:</pre>
      <p class="note"><code>img-src blob:</code> is for the charts' PNG export only; without it the PNG button says it
      cannot. Widgets ${manifest.version} read this API's <code>/${manifest.api}</code> routes. They send no cookies,
      store nothing in the browser and ask no one but this API.</p>
    </section>
  </div>
</div>
${jsonBlock('builder-data', builderData(view))}`;
}
