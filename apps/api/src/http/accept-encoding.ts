/** The content codings the API produces itself, in the order it prefers them at equal weight. */
export const CONTENT_CODINGS = ['br', 'gzip', 'identity'] as const;

export type ContentCoding = (typeof CONTENT_CODINGS)[number];

interface Weighted {
  readonly coding: string;
  readonly q: number;
}

const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** One `coding;q=…` member; a member with a malformed weight is ignored (it asks for nothing clearly). */
function parseMember(member: string): Weighted | null {
  const [name, ...parameters] = member.split(';').map((part) => part.trim());
  if (!name) return null;
  let q = 1;
  for (const parameter of parameters) {
    const [key, value] = parameter.split('=').map((part) => part.trim());
    if (key?.toLowerCase() !== 'q') continue;
    if (value === undefined || !QVALUE.test(value)) return null;
    q = Number(value);
  }
  return { coding: name.toLowerCase(), q };
}

/** Below the smallest qvalue a client can write (0.001): identity's weight when no member names it. */
const IDENTITY_BY_DEFAULT = 0.0001;

/**
 * The weight a parsed Accept-Encoding gives a coding (RFC 9110 §12.5.3): its own member's, else `*`'s; an
 * unlisted coding is refused when other codings are listed, except identity, which stays acceptable unless
 * `identity;q=0` or `*;q=0` refuses it — acceptable, but after every coding the client listed. `x-gzip` is
 * gzip.
 */
function weightOf(members: readonly Weighted[], coding: ContentCoding): number {
  const own = members.filter((m) => m.coding === coding || (coding === 'gzip' && m.coding === 'x-gzip'));
  if (own.length > 0) return Math.max(...own.map((m) => m.q));
  const star = members.find((m) => m.coding === '*');
  if (star) return star.q;
  return coding === 'identity' ? IDENTITY_BY_DEFAULT : 0;
}

/**
 * The coding to send a body in, from a request's Accept-Encoding: the acceptable one (q > 0) of highest
 * weight, brotli before gzip before identity at equal weight. No header, or an empty one, means identity.
 * When the client refuses every coding the API has (identity included), the body goes out as identity all
 * the same, as RFC 9110 §12.5.3 allows: an answer the client can read is better than a 406 to a header
 * that, in practice, only ever says "not that compression".
 */
export function chooseContentCoding(header: string | undefined): ContentCoding {
  if (header === undefined || header.trim() === '') return 'identity';
  const members = header
    .split(',')
    .map(parseMember)
    .filter((member): member is Weighted => member !== null);
  let best: ContentCoding = 'identity';
  let bestQ = 0;
  for (const coding of CONTENT_CODINGS) {
    const q = weightOf(members, coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}
