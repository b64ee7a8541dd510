/** What an API key looks like anywhere in a URL (see `sco keys create`): `sco_<12 hex>_<secret>`. */
const KEY_IN_TEXT = /sco_[0-9a-f]{12}_[A-Za-z0-9_-]+/g;

/** Query parameter names clients use for credentials; the API reads keys only from the Authorization header. */
export const CREDENTIAL_PARAMETERS: ReadonlySet<string> = new Set([
  'api_key',
  'apikey',
  'api-key',
  'key',
  'token',
  'access_token',
  'auth',
  'authorization',
  'bearer',
]);

export function isCredentialParameter(name: string): boolean {
  return CREDENTIAL_PARAMETERS.has(name.toLowerCase());
}

export function looksLikeKey(text: string): boolean {
  KEY_IN_TEXT.lastIndex = 0;
  return KEY_IN_TEXT.test(text);
}

/**
 * A URL as it may be logged or echoed: the value of every credential-like query parameter and anything that
 * has the form of an API key is replaced by "[redacted]". The URL is otherwise left as the client sent it.
 */
export function redactCredentials(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query =
    queryAt === -1
      ? ''
      : `?${url
          .slice(queryAt + 1)
          .split('&')
          .map((pair) => {
            const equals = pair.indexOf('=');
            if (equals === -1) return pair;
            let name = pair.slice(0, equals);
            try {
              name = decodeURIComponent(name.replace(/\+/g, ' '));
            } catch {
              // A malformed name is kept as sent; it is compared as it is.
            }
            return isCredentialParameter(name) ? `${pair.slice(0, equals)}=[redacted]` : pair;
          })
          .join('&')}`;
  return `${path}${query}`.replace(KEY_IN_TEXT, '[redacted]');
}
