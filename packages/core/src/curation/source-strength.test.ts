import { describe, expect, it } from 'vitest';
import type { Agreement } from '../dataset/assemble.js';
import { sourceStrength } from './source-strength.js';

type Source = Agreement['sources'][number];

const source = (kind: Source['kind'], url: string, quote: Source['quote'] = null, basis = 'verbatim') =>
  ({ kind, url, quote, quote_basis: basis }) as unknown as Source;
const record = (id: string, verification: Agreement['verification'], sources: Source[]) =>
  ({ id, verification, sources }) as unknown as Agreement;

describe('sourceStrength', () => {
  it('counts official sources and weak ones per verification level, as counted by hand', () => {
    const agreements = [
      record('a', 'verified', [source('official', 'https://www.sac.gov.cn/a.html')]),
      record('b', 'single_source', [source('mirror', 'http://203.0.113.5:8080/x', 'said', 'paraphrase')]),
      record('c', 'unverified', [
        source('mirror', 'http://localhost/x'),
        source('mirror', 'https://news.example.org/y'),
      ]),
      record('d', 'verified', [source('partner_official', 'https://www.din.de/z', 'text', 'paraphrase')]),
    ];
    const strength = sourceStrength(agreements);
    expect(strength.records).toBe(4);
    // a and d cite an official page.
    expect(strength.official).toBe(2);
    const of = (check: string) => strength.checks.find((result) => result.check === check);
    expect(of('reposts_only')?.ids).toEqual(['b', 'c']);
    expect(of('reposts_only')?.byLevel).toEqual({ verified: 0, single_source: 1, unverified: 1 });
    expect(of('paraphrase_only')?.ids).toEqual(['b', 'd']);
    expect(of('ip_address_host')?.ids).toEqual(['b']);
    // b: a port on a bare IP address; c: a host without a dot.
    expect(of('dead_looking_url')?.ids).toEqual(['b', 'c']);
  });
});
