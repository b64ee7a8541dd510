import { describe, expect, it } from 'vitest';
import { quoteOf, urlPieces } from './source-display.js';

describe('sources as a reader sees them', () => {
  it('prints a curator’s paraphrase as a summary, not as a quote', () => {
    expect(quoteOf('Signed in Moscow', 'paraphrase', 'en')).toEqual({
      kind: 'summary',
      text: 'Signed in Moscow',
      label: 'In summary:',
    });
    expect(quoteOf('Signé à Moscou', 'paraphrase', 'fr').label).toBe('En résumé\u00a0:');
    expect(quoteOf('Signed in Moscow', 'verbatim', 'fr').kind).toBe('quote');
    expect(quoteOf('Signed in Moscow', null, 'zh').kind).toBe('quote');
  });

  it('breaks URLs after a slash or a dot, never inside the scheme', () => {
    const pieces = urlPieces('http://wanttest.com/hangye/show/100.html');
    expect(pieces.join('')).toBe('http://wanttest.com/hangye/show/100.html');
    expect(pieces[0]).toBe('http://wanttest.');
    expect(pieces).toContain('hangye/');
    expect(pieces.every((piece) => /[/.]$/.test(piece) || piece === pieces.at(-1))).toBe(true);
  });
});
