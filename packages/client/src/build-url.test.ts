import { describe, expect, it } from 'vitest';
import { buildUrl, segment } from './build-url.js';

describe('buildUrl', () => {
  it('joins the base and the path, keeping a path prefix and dropping trailing slashes', () => {
    expect(buildUrl('https://api.example.org/', '/v1/partners')).toBe('https://api.example.org/v1/partners');
    expect(buildUrl('https://example.org/observatory//', '/v1/tallies')).toBe(
      'https://example.org/observatory/v1/tallies',
    );
  });

  it('sorts parameters so one request always has one URL', () => {
    const a = buildUrl('http://x', '/v1/indicators/agreements', { lang: 'fr', group_by: 'year' });
    const b = buildUrl('http://x', '/v1/indicators/agreements', { group_by: 'year', lang: 'fr' });
    expect(a).toBe(b);
    expect(a).toBe('http://x/v1/indicators/agreements?group_by=year&lang=fr');
  });

  it('leaves out empty values and joins lists with commas', () => {
    expect(
      buildUrl('http://x', '/v1/agreements', { q: '', partner: undefined, type: ['mou', 'twinning'] }),
    ).toBe('http://x/v1/agreements?type=mou%2Ctwinning');
    expect(buildUrl('http://x', '/v1/agreements', { from: 2013, include_adjacent: true, cursor: null })).toBe(
      'http://x/v1/agreements?from=2013&include_adjacent=true',
    );
  });

  it('encodes values: spaces, ampersands, Chinese text', () => {
    const url = buildUrl('http://x', '/v1/agreements', { q: '标准 & co=1' });
    expect(url).toBe('http://x/v1/agreements?q=%E6%A0%87%E5%87%86+%26+co%3D1');
    expect(new URL(url).searchParams.get('q')).toBe('标准 & co=1');
  });

  it('encodes path segments so an id cannot change the path', () => {
    expect(segment('../admin?x=1')).toBe('..%2Fadmin%3Fx%3D1');
    expect(segment('CEN-CENELEC')).toBe('CEN-CENELEC');
  });
});
