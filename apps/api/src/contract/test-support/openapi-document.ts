import { z } from 'zod';

/** The parts of an OpenAPI 3.1 document the contract tests read. */
const responseSchema = z.object({
  description: z.string(),
  content: z.record(z.string(), z.object({ schema: z.unknown() })).optional(),
});

const operationSchema = z.object({
  operationId: z.string().optional(),
  summary: z.string().optional(),
  responses: z.record(z.string(), responseSchema),
});

export const openApiDocumentSchema = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), operationSchema)),
  components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
});

export type OpenApiDocument = z.output<typeof openApiDocumentSchema>;
export type OpenApiResponse = z.output<typeof responseSchema>;

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly summary: string | undefined;
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
}

/** Every operation of the document, in its order; an operation without an id is named `METHOD path`. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method,
      path,
      operationId: operation.operationId ?? `${method.toUpperCase()} ${path}`,
      summary: operation.summary,
      responses: operation.responses,
    })),
  );
}

/** The media type of a Content-Type header, without its parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Whether bodies of this media type are JSON. */
export function isJson(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}
