import { briefRequestSchema, type BriefRequest } from './brief-request.js';

/** A brief request that does not validate: every problem, as "field: reason". */
export class InvalidBriefRequestError extends Error {
  override readonly name = 'InvalidBriefRequestError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid brief request: ${problems.join('; ')}`);
  }
}

/** Validates a brief request (e.g. a job's body); throws InvalidBriefRequestError listing every problem. */
export function parseBriefRequest(input: unknown): BriefRequest {
  const parsed = briefRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidBriefRequestError(
    parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  );
}
