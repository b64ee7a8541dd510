import type { Agreement } from '../dataset/assemble.js';
import { isOfficialSource } from '../vocabulary/source-kind.js';

type Source = Agreement['sources'][number];

/** The weaknesses a curator looks for in a record's sources. */
export const SOURCE_CHECKS = [
  'reposts_only',
  'paraphrase_only',
  'ip_address_host',
  'dead_looking_url',
] as const;
export type SourceCheck = (typeof SOURCE_CHECKS)[number];

export const SOURCE_LEVELS = ['verified', 'single_source', 'unverified'] as const;

/** The host and port of an absolute URL, by its syntax (RFC 3986): empty when it has none. */
function authority(url: string): { readonly host: string; readonly port: string } {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?/i.exec(url);
  return { host: (match?.[1] ?? '').toLowerCase(), port: match?.[2] ?? '' };
}

const isIpHost = (source: Source) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(authority(source.url).host);
/** Syntax only (no network): no host, a host without a dot, or a non-default port on a bare IP address. */
const looksDead = (source: Source) => {
  const { host, port } = authority(source.url);
  return host === '' || !host.includes('.') || (isIpHost(source) && port !== '');
};

const TESTS: Readonly<Record<SourceCheck, (agreement: Agreement) => boolean>> = {
  reposts_only: (a) => a.sources.every((s) => s.kind === 'mirror'),
  paraphrase_only: (a) =>
    a.sources.some((s) => s.quote !== null) &&
    a.sources.filter((s) => s.quote !== null).every((s) => s.quote_basis === 'paraphrase'),
  ip_address_host: (a) => a.sources.some(isIpHost),
  dead_looking_url: (a) => a.sources.some(looksDead),
};

export interface SourceCheckResult {
  readonly check: SourceCheck;
  /** The records that fail the check, in the order given. */
  readonly ids: readonly string[];
  readonly byLevel: Readonly<Record<(typeof SOURCE_LEVELS)[number], number>>;
}

export interface SourceStrength {
  readonly records: number;
  /** Records citing at least one official page (Chinese or partner). */
  readonly official: number;
  readonly checks: readonly SourceCheckResult[];
}

/**
 * How strong the records' sources are: how many cite an official page, and which rest only on reposts,
 * are quoted only by paraphrase, cite a bare IP-address host or a dead-looking URL (syntax only), per
 * verification level.
 */
export function sourceStrength(agreements: readonly Agreement[]): SourceStrength {
  return {
    records: agreements.length,
    official: agreements.filter((a) => a.sources.some((s) => isOfficialSource(s.kind))).length,
    checks: SOURCE_CHECKS.map((check) => {
      const hits = agreements.filter(TESTS[check]);
      const count = (level: string) => hits.filter((a) => a.verification === level).length;
      return {
        check,
        ids: hits.map((a) => a.id),
        byLevel: {
          verified: count('verified'),
          single_source: count('single_source'),
          unverified: count('unverified'),
        },
      };
    }),
  };
}
