import cors from 'cors';

/**
 * CORS is open to every origin for reads (widgets on partner sites fetch the API) and closed for writes:
 * preflights only ever allow GET and HEAD, and no credentials are shared. A script may read the headers
 * that say where to go next (a brief's permalink answers 202 with Location, Retry-After and Refresh, then
 * its PDF with Content-Location and Content-Disposition), as a browser following them by hand would.
 */
export const corsForReads = cors({
  origin: '*',
  methods: ['GET', 'HEAD'],
  allowedHeaders: ['If-None-Match', 'Accept', 'Accept-Language'],
  exposedHeaders: [
    'ETag',
    'Sco-Release',
    'Link',
    'X-Request-Id',
    'RateLimit',
    'RateLimit-Policy',
    'Retry-After',
    'Location',
    'Content-Location',
    'Refresh',
    'Content-Disposition',
  ],
  maxAge: 600,
});
