/** The global that swagger-ui-bundle.js defines (a classic script loaded before docs.js). */
declare function SwaggerUIBundle(options: Record<string, unknown>): unknown;
