import { z } from 'zod';

/** A JSON Schema of the document, as far as the fuzzer reads it (everything else is kept). */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly format?: string;
  readonly example?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
}

const schema = z.custom<JsonSchema>((value) => typeof value === 'object' && value !== null);

const parameterSchema = z.object({
  name: z.string(),
  in: z.enum(['query', 'path', 'header', 'cookie']),
  required: z.boolean().optional(),
  schema: schema.optional(),
});

const operationSchema = z.object({
  operationId: z.string(),
  parameters: z.array(parameterSchema).default([]),
  requestBody: z
    .object({ required: z.boolean().optional(), content: z.record(z.string(), z.object({ schema })) })
    .optional(),
  responses: z.record(z.string(), z.object({ content: z.record(z.string(), z.unknown()).optional() })),
  security: z.array(z.record(z.string(), z.array(z.string()))).default([]),
});

const documentSchema = z.object({
  paths: z.record(z.string(), z.record(z.string(), operationSchema)),
  components: z.object({ schemas: z.record(z.string(), schema) }),
});

export type FuzzParameter = z.output<typeof parameterSchema>;

/** One operation of the document with everything a request to it can carry. */
export interface FuzzOperation {
  readonly operationId: string;
  readonly method: string;
  /** The path template, e.g. `/v1/agreements/{id}`. */
  readonly path: string;
  readonly parameters: readonly FuzzParameter[];
  /** Request media types and their schemas; empty when the operation takes no body. */
  readonly bodies: Readonly<Record<string, JsonSchema>>;
  /** Declared statuses. */
  readonly statuses: ReadonlySet<number>;
  /** Media types the operation answers with on success. */
  readonly produces: readonly string[];
  /** Whether it asks for an API key. */
  readonly secured: boolean;
}

/** The operations of an OpenAPI document and a resolver of its `$ref`s. */
export interface FuzzDocument {
  readonly operations: readonly FuzzOperation[];
  readonly resolve: (schema: JsonSchema) => JsonSchema;
}

/** Reads every operation of the document the app serves: paths, methods, parameters and bodies. */
export function readFuzzDocument(raw: unknown): FuzzDocument {
  const document = documentSchema.parse(raw);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): FuzzOperation => {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      return {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters,
        bodies: Object.fromEntries(
          Object.entries(operation.requestBody?.content ?? {}).map(([type, { schema }]) => [type, schema]),
        ),
        statuses: new Set(Object.keys(operation.responses).map(Number)),
        produces: [...new Set(successes.flatMap(([, response]) => Object.keys(response.content ?? {})))],
        secured: operation.security.some((requirement) => Object.keys(requirement).length > 0),
      };
    }),
  );
  const resolve = (value: JsonSchema): JsonSchema => {
    const name = value.$ref?.replace('#/components/schemas/', '');
    if (name === undefined) return value;
    const found = document.components.schemas[name];
    if (!found) throw new Error(`the document has no schema ${value.$ref ?? ''}`);
    return resolve(found);
  };
  return { operations, resolve };
}
