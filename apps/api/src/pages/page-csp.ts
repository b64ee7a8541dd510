/**
 * The Content-Security-Policy of the Observatory's pages: scripts, styles, fonts and data from the API's
 * own origin only — no inline script or style, no eval — plus `blob:` and `data:` images (the charts' PNG
 * export and the map's data URLs).
 */
export const SITE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The demo partner page: what a careful partner site would send (it embeds the widgets from 'self' here). */
export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
