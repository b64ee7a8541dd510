// The API reference: Swagger UI on the OpenAPI document, in the site's layout. Left out: deep links (a link inside
// each operation's button) and the servers picker (one server, the API's own origin: nothing to pick). What Swagger
// UI draws is then fitted to the page for assistive technology: its title and its list of operations sit under the
// page's own heading and main landmark (its layout is Swagger UI's own, with the operations in a named region where
// Swagger UI has a second `<main>`), and the pickers of a parameter's values are named after the parameter.

/* global SwaggerUIBundle -- defined by swagger-ui-bundle.js, loaded before this script (swagger-ui.d.ts) */

/** Swagger UI's picker of servers, drawn as nothing. */
const noServersPicker = () => ({ wrapComponents: { Servers: () => () => null } });

/**
 * Swagger UI's base layout, with its list of operations, webhooks and schemas in a region named "Operations"
 * instead of a `<main>` nested in the page's own (a page has one main landmark, and a `<main>` takes no role).
 * @param {SwaggerSystem} system
 */
const siteLayout = (system) => {
  const h = system.React.createElement;
  /** @param {SwaggerLayoutProps} props */
  const SiteLayout = ({ errSelectors, specSelectors, getComponent }) => {
    const Errors = getComponent('errors', true);
    const Row = getComponent('Row');
    const Col = getComponent('Col');
    const status = specSelectors.loadingStatus();
    if (
      status === 'loading' ||
      status === 'failed' ||
      status === 'failedConfig' ||
      !specSelectors.specStr()
    ) {
      const message =
        status === 'loading'
          ? h('div', { className: 'loading' })
          : status === 'failedConfig'
            ? h('p', null, errSelectors.lastError()?.get('message') ?? 'Failed to load remote configuration.')
            : h('h4', { className: 'title' }, 'Failed to load API definition.');
      return h(
        'div',
        { className: 'swagger-ui' },
        h('div', { className: 'loading-container' }, h('div', { className: 'info' }, message, h(Errors))),
      );
    }
    const webhooks = specSelectors.isOAS31() || (specSelectors.isOAS32?.() ?? false);
    const wide = /** @param {unknown} child */ (child) =>
      h(Row, null, h(Col, { mobile: 12, desktop: 12 }, child));
    return h(
      'div',
      { className: 'swagger-ui' },
      h(getComponent('SvgAssets')),
      h(Errors),
      h(
        Row,
        { className: 'information-container' },
        h(Col, { mobile: 12 }, h(getComponent('InfoContainer', true))),
      ),
      h(getComponent('FilterContainer', true)),
      h(
        'section',
        { id: 'operations', 'aria-label': 'Operations' },
        wide(h(getComponent('operations', true))),
        webhooks ? wide(h(getComponent('Webhooks', true))) : null,
        wide(h(getComponent('Models', true))),
      ),
    );
  };
  return { components: { SiteLayout } };
};

/** @param {ParentNode} root */
function fitForAssistiveTechnology(root) {
  for (const title of root.querySelectorAll('.info h1.title:not([role])')) {
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', '2');
  }
  for (const select of root.querySelectorAll('tr[data-param-name] select:not([aria-label])')) {
    const name = select.closest('tr')?.getAttribute('data-param-name') ?? '';
    select.setAttribute('aria-label', `Value of ${name}`);
  }
}

window.addEventListener('load', () => {
  const root = document.getElementById('reference');
  if (!root) return;
  new MutationObserver(() => {
    fitForAssistiveTechnology(root);
  }).observe(root, { childList: true, subtree: true });
  SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#reference',
    deepLinking: false,
    tryItOutEnabled: false,
    plugins: [noServersPicker, siteLayout],
    layout: 'SiteLayout',
  });
});
