/** The schema that may carry members it does not declare: RFC 9457 allows problem details extensions. */
export const EXTENSIBLE_SCHEMAS: ReadonlySet<string> = new Set(['Problem']);

type Schema = Readonly<Record<string, unknown>>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describesObject(schema: Schema): boolean {
  const { type } = schema;
  return (
    type === 'object' ||
    (Array.isArray(type) && type.includes('object')) ||
    'properties' in schema ||
    'additionalProperties' in schema
  );
}

/** The subschemas of a schema, with their pointers: the JSON Schema keywords that hold schemas. */
function subschemas(schema: Schema, pointer: string): [Schema, string][] {
  const found: [Schema, string][] = [];
  for (const key of ['items', 'additionalProperties', 'not', 'contains']) {
    const child = schema[key];
    if (isSchema(child)) found.push([child, `${pointer}/${key}`]);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const list = schema[key];
    if (Array.isArray(list)) {
      list.forEach((child: unknown, index) => {
        if (isSchema(child)) found.push([child, `${pointer}/${key}/${index}`]);
      });
    }
  }
  for (const key of ['properties', '$defs', 'patternProperties']) {
    const map = schema[key];
    if (isSchema(map)) {
      for (const [name, child] of Object.entries(map)) {
        if (isSchema(child)) found.push([child, `${pointer}/${key}/${name}`]);
      }
    }
  }
  return found;
}

/**
 * Object schemas that accept members they do not declare (no `additionalProperties: false`), named by
 * their JSON pointer, nested ones included; the extensible schemas excepted.
 */
export function openObjectSchemas(schemas: Readonly<Record<string, unknown>>): string[] {
  const open: string[] = [];
  const visit = (schema: Schema, pointer: string): void => {
    if (describesObject(schema) && schema['additionalProperties'] !== false) open.push(pointer);
    for (const [child, childPointer] of subschemas(schema, pointer)) visit(child, childPointer);
  };
  for (const [name, schema] of Object.entries(schemas)) {
    if (!EXTENSIBLE_SCHEMAS.has(name) && isSchema(schema)) visit(schema, `#/components/schemas/${name}`);
  }
  return open;
}
