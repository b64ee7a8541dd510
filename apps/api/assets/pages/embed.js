// The embed builder: the chosen widget and options give the live preview and the snippet to copy.
import { embedSnippet } from './embed-snippet.js';

/** @typedef {import('./embed-snippet.js').ModuleRef} ModuleRef */
/**
 * @typedef {object} BuilderData
 * @property {string} origin
 * @property {string} version
 * @property {string} entry
 * @property {Record<string, string>} widgets the module of each widget, by tag
 * @property {string[]} separate widgets the entry does not define (their own module only)
 * @property {Record<string, { script: ModuleRef; preloads: ModuleRef[] }>} modules by file
 * @property {Record<string, Record<string, string>>} defaults each widget's attribute defaults
 */

/**
 * @template {Element} T
 * @param {string} selector
 * @param {new () => T} type
 * @returns {T}
 */
function find(selector, type) {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`the embed page has no ${selector}`);
  return element;
}

const data = /** @type {BuilderData} */ (JSON.parse(find('#builder-data', HTMLScriptElement).text));
const form = find('#builder', HTMLFormElement);
const latestChoice = find('#channel-latest', HTMLInputElement);
const bundleChoice = find('#bundle', HTMLInputElement);
const preview = find('#preview', HTMLElement);
const snippet = find('#snippet', HTMLTextAreaElement);
const copyButton = find('#copy', HTMLButtonElement);
const copyStatus = find('#copy-status', HTMLElement);

/** @param {string} tag */
function optionsOf(tag) {
  return form.querySelector(`fieldset[data-widget="${CSS.escape(tag)}"]`);
}

/**
 * The attributes set in a widget's options, in the order of the form; defaults left out.
 * @param {string} tag
 * @returns {[string, string | true][]}
 */
function attributesOf(tag) {
  const defaults = data.defaults[tag] ?? {};
  /** @type {[string, string | true][]} */
  const attributes = [];
  for (const control of optionsOf(tag)?.querySelectorAll('input, select') ?? []) {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) attributes.push([control.name, true]);
      continue;
    }
    const value = control.value.trim();
    if (value !== '' && value !== defaults[control.name]) attributes.push([control.name, value]);
  }
  return attributes;
}

let shown = '';

/** The tag of the widget chosen. */
function chosenTag() {
  const chosen = form.querySelector('input[name="widget"]:checked');
  return chosen instanceof HTMLInputElement ? chosen.value : '';
}

function update() {
  const tag = chosenTag();
  for (const fieldset of form.querySelectorAll('fieldset[data-widget]')) {
    if (fieldset instanceof HTMLFieldSetElement) fieldset.hidden = fieldset.dataset['widget'] !== tag;
  }
  const attributes = attributesOf(tag);
  const latest = latestChoice.checked;
  const file = bundleChoice.checked && !data.separate.includes(tag) ? data.entry : data.widgets[tag];
  const modules = file === undefined ? undefined : data.modules[file];
  if (!modules) return;
  snippet.value = embedSnippet({
    base: `${data.origin}/widgets/${latest ? 'latest' : data.version}/`,
    tag,
    attributes,
    script: modules.script,
    preloads: modules.preloads,
    integrity: !latest,
  });
  const key = JSON.stringify([tag, attributes]);
  if (key === shown) return;
  shown = key;
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(element);
  copyStatus.textContent = '';
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let typing;
form.addEventListener('input', (event) => {
  clearTimeout(typing);
  // Text is applied once typing pauses, so that the preview does not ask the API for every keystroke.
  if (event.target instanceof HTMLInputElement && ['text', 'number'].includes(event.target.type)) {
    typing = setTimeout(update, 400);
  } else {
    update();
  }
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

/**
 * Suggestions for free values: the partners and releases the API knows.
 * @param {string} id
 * @param {string} path
 * @param {(item: Readonly<Record<string, string>>) => [string, string]} option
 */
async function suggest(id, path, option) {
  const list = document.getElementById(id);
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!list || !response.ok) return;
    const body = /** @type {{ items: Readonly<Record<string, string>>[] }} */ (await response.json());
    list.replaceChildren(
      ...body.items.map((item) => {
        const [value, label] = option(item);
        const element = document.createElement('option');
        element.value = value;
        element.label = label;
        return element;
      }),
    );
  } catch {
    // Suggestions are a help only: the fields take any value.
  }
}

void suggest('partners', '/v1/partners', (item) => [item['code'] ?? '', item['name'] ?? '']);
void suggest('releases', '/v1/releases', (item) => [
  item['id'] ?? '',
  (item['published_at'] ?? '').slice(0, 10),
]);
update();
