import { HttpProblem, type InvalidParam } from '../http/problem.js';
import { invalidParamsOf } from '../http/validation.js';
import { z } from '../openapi/zod.js';

/** 422: the body is JSON, but not a valid agreement; every problem is named with its field path. */
export function invalidAgreement(errors: readonly InvalidParam[]): HttpProblem {
  const fields = [...new Set(errors.map((error) => error.name))];
  return new HttpProblem({
    status: 422,
    code: 'invalid-agreement',
    title: 'Invalid agreement',
    detail: `${errors.length === 1 ? 'One problem' : `${errors.length} problems`}, at ${fields.join(', ')}`,
    errors,
  });
}

/** Parses an agreement (or a patch of one) with core's schemas, or throws the 422 naming every problem. */
export function parseAgreement<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, {
    // A missing field is "required" (fields whose schema words its own message keep it).
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
  });
  if (!result.success) throw invalidAgreement(invalidParamsOf(result.error, 'body'));
  return result.data;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body schema of an edit route. OpenAPI documents `schema` (the preprocessing step is transparent to
 * it). A body that is not a JSON object is a malformed request: `route` answers 400. A JSON object that is
 * not a valid agreement is unprocessable content (RFC 9110 §15.5.21): answered here, before `route` would,
 * with 422 and every problem.
 */
export function editBody<S extends z.ZodType>(schema: S) {
  return z.preprocess((input) => {
    if (isObject(input)) parseAgreement(schema, input);
    return input;
  }, schema);
}
