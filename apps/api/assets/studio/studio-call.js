// The studio's calls to its own server: JSON in and out, the Sco-Studio header on every call (the server
// refuses a signed-in write without it), and every failure turned into a sentence a person can act on.

/**
 * A problem details body (RFC 9457), as the API answers errors.
 * @typedef {object} Problem
 * @property {string} [title]
 * @property {string} [detail]
 * @property {number} [status]
 * @property {{ name: string; in: string; reason: string }[]} [errors] the invalid fields of a 400
 */

/** A call that failed: its HTTP status (0 when the server could not be reached) and what to tell the user. */
export class CallError extends Error {
  /**
   * @param {string} message
   * @param {number} status
   * @param {number | null} retryAfter seconds to wait, from Retry-After (a 429 or 503)
   */
  constructor(message, status, retryAfter = null) {
    super(message);
    this.name = 'CallError';
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** @param {string} text */
function sentence(text) {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?:)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * What a refused call means for the person using the studio.
 * @param {Response} response
 * @returns {Promise<CallError>}
 */
async function failure(response) {
  const header = response.headers.get('retry-after');
  const retryAfter = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  /** @type {Problem | null} */
  let problem = null;
  if (/json/.test(response.headers.get('content-type') ?? '')) {
    try {
      problem = /** @type {Problem} */ (await response.json());
    } catch {
      problem = null;
    }
  }
  const parts = [];
  if (problem?.title) parts.push(sentence(problem.title));
  if (problem?.detail) parts.push(sentence(problem.detail));
  for (const error of problem?.errors ?? []) parts.push(sentence(`${error.name}: ${error.reason}`));
  if (parts.length === 0) parts.push(`The server answered ${response.status} ${response.statusText}.`);
  if (retryAfter !== null && !parts.some((part) => /try again/i.test(part))) {
    parts.push(`Try again in ${retryAfter} s.`);
  }
  return new CallError(parts.join(' '), response.status, retryAfter);
}

/**
 * Calls the server and returns its JSON answer (null when empty: 204). Throws a CallError when it fails.
 * @param {'GET' | 'POST' | 'DELETE'} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<unknown>}
 */
export async function call(method, path, body) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json', 'Sco-Studio': '1' };
  /** @type {RequestInit} */
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  /** @type {Response} */
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new CallError('The server cannot be reached: check the connection, then try again.', 0);
  }
  if (!response.ok) throw await failure(response);
  // Read to the end even when empty (204), so that the call is over before the page moves on.
  const text = await response.text();
  return text === '' ? null : /** @type {unknown} */ (JSON.parse(text));
}
