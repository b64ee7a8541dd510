import type { z } from 'zod';

/** How a field is written in a CSV cell and typed in a Table Schema, read off its zod schema. */
export interface FieldKind {
  readonly type: 'string' | 'integer' | 'boolean' | 'list' | 'date';
  readonly nullable: boolean;
  readonly enum: readonly string[] | null;
  readonly pattern: string | null;
  readonly description: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  checks?: readonly { _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }[];
}

function defOf(schema: z.ZodType): Def {
  return schema.def;
}

function enumOf(schema: z.ZodType): readonly string[] | null {
  return defOf(schema).type === 'enum' ? (schema as z.ZodEnum).options.map(String) : null;
}

function patternOf(schema: z.ZodType): string | null {
  for (const check of defOf(schema).checks ?? []) {
    const { format, pattern } = check._zod.def;
    if (format === 'regex' && pattern) return pattern.source;
  }
  return null;
}

export function fieldKind(schema: z.ZodType): FieldKind {
  const description = schema.meta()?.description ?? '';
  let nullable = false;
  let inner = schema;
  while (defOf(inner).type === 'nullable') {
    nullable = true;
    const next = defOf(inner).innerType;
    if (!next) break;
    inner = next;
  }
  const def = defOf(inner);
  const format = (inner as { format?: string | null }).format;
  const base = { nullable, description: description || (inner.meta()?.description ?? '') };
  switch (def.type) {
    case 'array': {
      const element = def.element;
      return {
        type: 'list',
        ...base,
        enum: element ? enumOf(element) : null,
        pattern: element ? patternOf(element) : null,
      };
    }
    case 'number':
      return { type: 'integer', ...base, enum: null, pattern: null };
    case 'boolean':
      return { type: 'boolean', ...base, enum: null, pattern: null };
    case 'enum':
      return { type: 'string', ...base, enum: enumOf(inner), pattern: null };
    default:
      return { type: format === 'date' ? 'date' : 'string', ...base, enum: null, pattern: patternOf(inner) };
  }
}

export function fieldKinds(schema: z.ZodObject): ReadonlyMap<string, FieldKind> {
  return new Map(Object.entries(schema.shape).map(([name, field]) => [name, fieldKind(field as z.ZodType)]));
}
