import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { ApiRegistry } from './registry.js';

/** The OpenAPI 3.1 document of every registered route, generated from the schemas that validate them. */
export function openApiDocument(
  registry: ApiRegistry,
  version: string,
): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key created with `sco keys create --role editor|admin`, sent as "Authorization: Bearer <key>"',
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Soft Connectivity Observatory API',
      version,
      description:
        'China’s technical-standards cooperation agreements: the data, its indicators, exports, releases and the changelog. ' +
        'Public reads serve the latest release; `?release=` pins an earlier one. Every response names the release it was ' +
        'built from (the `Sco-Release` header and the `release` field). Errors are RFC 9457 problem details.\n\n' +
        'Limits: a URL (path and query string) of at most 8 KB (414 otherwise), a request line and headers of at most ' +
        '16 KB together (431), a JSON body of at most 256 KB (413); NUL characters, unpaired UTF-16 surrogates and ' +
        'malformed percent-encoding are refused with 400 naming the field; API keys are read from the Authorization ' +
        'header only (a key in the query string is a 400). While the server shuts down (SIGTERM), new requests and ' +
        '`/readyz` get 503 with `Retry-After` and `Connection: close`; requests already received get their result. ' +
        'The server listens on `HOST` (default 127.0.0.1).',
      license: { name: 'Data CC BY 4.0; code MIT', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: '/' }],
  });
}
