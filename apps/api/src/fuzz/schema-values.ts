import fc from 'fast-check';
import type { JsonSchema } from './fuzz-document.js';
import { caseVariant, hostileJson, hostileNumber, hostileString } from './hostile-values.js';

/** Values known to exist (ids, codes, keys), by the name of the parameter or property they go in. */
export type KnownValues = ReadonlyMap<string, readonly string[]>;

export interface SchemaValues {
  readonly resolve: (schema: JsonSchema) => JsonSchema;
  readonly known: KnownValues;
}

function types(schema: JsonSchema): readonly string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === 'string' ? [schema.type] : schema.type;
}

/** A value the schema allows (as far as a generator can tell), or one a known record has. */
export function validValue(
  schema: JsonSchema,
  name: string,
  values: SchemaValues,
  depth = 0,
): fc.Arbitrary<unknown> {
  const resolved = values.resolve(schema);
  const choices: fc.Arbitrary<unknown>[] = [];
  const known = values.known.get(name);
  if (known && known.length > 0) choices.push(fc.constantFrom(...known));
  if (resolved.example !== undefined) choices.push(fc.constant(resolved.example));
  if (resolved.enum && resolved.enum.length > 0) choices.push(fc.constantFrom(...resolved.enum));
  const alternatives = resolved.anyOf ?? resolved.oneOf ?? resolved.allOf;
  if (alternatives && alternatives.length > 0) {
    choices.push(fc.oneof(...alternatives.map((inner) => validValue(inner, name, values, depth + 1))));
  }
  if (choices.length === 0 || depth < 4) choices.push(...byType(resolved, name, values, depth));
  return choices.length > 0 ? fc.oneof(...choices) : hostileJson;
}

function byType(
  schema: JsonSchema,
  name: string,
  values: SchemaValues,
  depth: number,
): fc.Arbitrary<unknown>[] {
  return types(schema).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 3000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -5, max: schema.maximum ?? 3000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(schema.items ? validValue(schema.items, name, values, depth + 1) : hostileJson, {
          maxLength: 3,
        });
      case 'object':
        return depth > 3 ? fc.constant({}) : objectValue(schema, values, depth + 1);
      default:
        return stringValue(schema);
    }
  });
}

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date')
    return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'uri') return fc.webUrl();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
}

/** An object of a schema: its required properties, some optional ones. */
function objectValue(schema: JsonSchema, values: SchemaValues, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record = Object.fromEntries(
    Object.entries(properties).map(([key, inner]) => [key, validValue(inner, key, values, depth)]),
  );
  return fc.record(record, { requiredKeys: [...required].filter((key) => key in properties) });
}

/** A value for a place of a schema: mostly valid, often hostile, sometimes a case variant of a valid one. */
export function fuzzValue(schema: JsonSchema, name: string, values: SchemaValues): fc.Arbitrary<unknown> {
  const valid = validValue(schema, name, values);
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: hostileJson, weight: 2 },
    {
      arbitrary: valid.chain((value) =>
        typeof value === 'string' ? caseVariant(value) : fc.constant(value),
      ),
      weight: 1,
    },
    { arbitrary: valid.map((value) => [value, value]), weight: 1 },
  );
}

/** A query or path value as text: the schema's values, hostile text and hostile numbers. */
export function fuzzText(schema: JsonSchema, name: string, values: SchemaValues): fc.Arbitrary<string> {
  const valid = validValue(schema, name, values).map((value) =>
    typeof value === 'string' ? value : JSON.stringify(value),
  );
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: hostileString, weight: 3 },
    { arbitrary: hostileNumber, weight: 2 },
    { arbitrary: valid.chain(caseVariant), weight: 1 },
  );
}

/** A body for a schema: a valid one with one property made hostile, removed or added, or valid as it is. */
export function fuzzBody(
  schema: JsonSchema,
  values: SchemaValues,
  seeds: readonly Record<string, unknown>[],
): fc.Arbitrary<unknown> {
  const resolved = values.resolve(schema);
  const base =
    seeds.length > 0
      ? fc.oneof(fc.constantFrom(...seeds), validValue(resolved, '', values))
      : validValue(resolved, '', values);
  const keys = Object.keys(resolved.properties ?? {});
  if (keys.length === 0) return base;
  // Built once: building them inside `chain` would compile every pattern again for every case.
  const byKey = new Map(
    Object.entries(resolved.properties ?? {}).map(([key, inner]) => [key, fuzzValue(inner, key, values)]),
  );
  const mutated = fc
    .record({
      base,
      key: fc.oneof(fc.constantFrom(...keys), hostileString),
      how: fc.constantFrom('hostile', 'remove', 'valid', 'array'),
      hostile: hostileJson,
    })
    .chain(({ base: value, key, how, hostile }) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fc.constant(value);
      const copy: Record<string, unknown> = { ...value };
      if (how === 'remove') {
        return fc.constant(Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key)));
      }
      if (how === 'hostile') return fc.constant({ ...copy, [key]: hostile });
      if (how === 'array') return fc.constant({ ...copy, [key]: [copy[key], copy[key]] });
      const inner = byKey.get(key);
      return inner ? inner.map((v) => ({ ...copy, [key]: v })) : fc.constant(copy);
    });
  return fc.oneof(
    { arbitrary: base, weight: 2 },
    { arbitrary: mutated, weight: 5 },
    { arbitrary: hostileJson, weight: 1 },
  );
}
