/** The problem details of a 400, as the tests read them. */
export interface Problem {
  status: number;
  type: string;
  detail?: string;
  errors?: { name: string; in: string; reason: string }[];
  [key: string]: unknown;
}

/** The names of the invalid parameters a problem lists, sorted. */
export function errorNames(body: Problem): string[] {
  return (body.errors ?? []).map((error) => error.name).sort();
}
