/**
 * The studio page's Content-Security-Policy: its script, styles and fonts from the API's own origin only (no
 * inline script or style), calls to its own origin, and frames of its own origin (the preview).
 */
export const STUDIO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A preview's policy: the brief's own (its files only, no connections elsewhere), framed by the studio
 * alone, and sandboxed — scripts run (the charts), but in an opaque origin without the studio's cookies,
 * storage or access to the studio page.
 */
export function previewCsp(briefCsp: string): string {
  return `${briefCsp.replace("frame-ancestors 'none'", "frame-ancestors 'self'")}; sandbox allow-scripts`;
}
