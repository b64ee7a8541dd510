// The API reference: Swagger UI on the OpenAPI document, in the site's layout. Left out: deep links (a link inside
// each operation's button) and the servers picker (one server, the API's own origin: nothing to pick). What Swagger
// UI draws is then fitted to the page for assistive technology: its title and its list of operations sit under the
// page's own heading and main landmark, and the pickers of a parameter's values are named after the parameter.

/* global SwaggerUIBundle -- defined by swagger-ui-bundle.js, loaded before this script (swagger-ui.d.ts) */

/** Swagger UI's picker of servers, drawn as nothing. */
const noServersPicker = () => ({ wrapComponents: { Servers: () => () => null } });

/** @param {ParentNode} root */
function fitForAssistiveTechnology(root) {
  for (const title of root.querySelectorAll('.info h1.title:not([role])')) {
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', '2');
  }
  for (const operations of root.querySelectorAll('main#operations:not([role])')) {
    operations.setAttribute('role', 'region');
    operations.setAttribute('aria-label', 'Operations');
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
    plugins: [noServersPicker],
  });
});
