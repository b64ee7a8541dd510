import type { z } from 'zod';
import { invalidParameters, type InvalidParam } from './problem.js';

type Location = InvalidParam['in'];

function issueName(issue: z.core.$ZodIssue, location: Location): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? (location === 'body' ? '(body)' : '(all)') : path;
}

/** Every problem zod found, one entry per parameter and reason; unknown keys are named one by one. */
export function invalidParamsOf(error: z.ZodError, location: Location): InvalidParam[] {
  return error.issues.flatMap((issue): InvalidParam[] => {
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length > 0 ? `${issue.path.map(String).join('.')}.` : '';
      return issue.keys.map((key) => ({
        name: `${prefix}${key}`,
        in: location,
        reason: location === 'query' ? 'unknown query parameter' : 'unknown field',
      }));
    }
    return [{ name: issueName(issue, location), in: location, reason: issue.message }];
  });
}

/**
 * Repeated query parameters (`?type=a&type=b`) become one comma-separated value, the form every list
 * parameter accepts.
 */
export function flattenQuery(query: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map(String).join(',') : value,
    ]),
  );
}

/** One part of a request checked against its schema: its parsed value, or every invalid input. */
export type CheckedInput<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly problems: readonly InvalidParam[] };

export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  location: Location,
): CheckedInput<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: invalidParamsOf(result.error, location) };
}

/** Parses one part of a request against its schema, or throws a 400 problem naming every invalid input. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, location: Location): z.output<S> {
  const checked = checkInput(schema, input, location);
  if (!checked.ok) throw invalidParameters(checked.problems);
  return checked.data;
}
