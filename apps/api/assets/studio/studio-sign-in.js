// The studio's sign-in: an API key exchanged for a session cookie (HttpOnly: this script never sees it),
// then the studio itself.
import { call, CallError } from './studio-call.js';

/**
 * @template {Element} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the sign-in page has no #${id}`);
  return element;
}

/** Shows the studio (a navigation of this page's own, so that the SameSite=Strict cookie goes with it). */
function openStudio() {
  window.location.assign('/studio');
}

export function startSignIn() {
  const form = byId('sign-in-form', HTMLFormElement);
  const input = byId('api-key', HTMLInputElement);
  const error = byId('sign-in-error', HTMLElement);
  const button = form.querySelector('button[type="submit"]');
  let busy = false;

  /** @param {string} message */
  const showError = (message) => {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    input.select();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const key = input.value.trim();
    if (key === '') {
      showError('Enter your API key.');
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    if (button) button.textContent = 'Signing in…';
    try {
      await call('POST', '/studio/session', { key });
      input.value = '';
      openStudio();
    } catch (failure) {
      showError(failure instanceof CallError ? failure.message : String(failure));
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
      if (button) button.textContent = 'Sign in';
    }
  });

  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
  });

  // Arriving from a link on another site, the browser leaves the SameSite=Strict cookie out of that first
  // request; a session this page's own calls do carry opens the studio at once. The server marks the page
  // when the browser says it signed in (a marker cookie without the session): an anonymous visitor's page
  // asks nothing.
  if (form.hasAttribute('data-probe-session')) {
    call('GET', '/v1/briefs?limit=1').then(openStudio, () => undefined);
  }
}
