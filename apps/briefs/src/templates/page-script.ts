/**
 * The brief page's only script, served from the brief's origin as /brief.js. It gives each chart its inline
 * properties (the widgets' print mode) before the widgets' module defines the elements, so that they never
 * fetch; then waits until every widget has rendered its data and every font face the page and its margins
 * need has loaded, and sets `window.__briefReady`. On failure it sets `window.__briefError`.
 */
export const PAGE_SCRIPT = `
const config = JSON.parse(document.getElementById('brief-config').textContent);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function settled(element) {
  if (element.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    element.addEventListener('sco-load', () => resolve(), { once: true });
    element.addEventListener('sco-error', (event) => {
      reject(new Error('<' + element.localName + '> ' + ((event.detail && event.detail.message) || 'failed')));
    }, { once: true });
  });
}

async function ready() {
  // The margins' texts are drawn only in print, so nothing else asks for their glyphs: they load now,
  // alongside the widgets, rather than after them.
  const font = getComputedStyle(document.documentElement).getPropertyValue('--sco-font-family');
  const marginFonts = Promise.all(
    config.marginTexts.map((text) => document.fonts.load('400 10px ' + font, text)),
  );
  marginFonts.catch(() => undefined);
  const elements = config.widgets.map(({ id, props }) => {
    const element = document.querySelector('[data-widget="' + id + '"]');
    if (!element) throw new Error('no element for chart ' + id);
    Object.assign(element, props);
    return element;
  });
  if (config.widgetsUrl !== null) await import(config.widgetsUrl);
  for (const element of elements) {
    if (!customElements.get(element.localName)) {
      throw new Error('the widgets bundle does not define <' + element.localName + '>');
    }
  }
  await Promise.all(elements.map((element) => Promise.all([settled(element), element.updateComplete])));
  await frame();
  await Promise.all(elements.map((element) => element.updateComplete));
  // The layout with the charts drawn asks for every face the body needs; the margins' faces were asked for
  // at the start. document.fonts.ready settles once all of them have loaded (or failed).
  document.body.getBoundingClientRect();
  await Promise.all([document.fonts.ready, marginFonts]);
  const failed = [...document.fonts].filter((face) => face.status === 'error');
  if (failed.length > 0) throw new Error('fonts failed to load: ' + failed.map((face) => face.family).join(', '));
  window.__briefReady = true;
}

ready().catch((error) => {
  window.__briefError = String((error && error.message) || error);
});
`;
