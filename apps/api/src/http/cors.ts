import cors from 'cors';

/**
 * CORS is open to every origin for reads (widgets on partner sites fetch the API) and closed for writes:
 * preflights only ever allow GET and HEAD, and no credentials are shared.
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
  ],
  maxAge: 600,
});
