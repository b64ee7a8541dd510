import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rootDir } from '../test-support/test-env.js';
import { escapeHtml } from './html.js';
import { breakableUrl, quoteOf, urlPieces } from './source-display.js';

/** Every source address of data/ (the URL column of sources.csv: no address holds a comma). */
const SOURCE_URLS = readFileSync(path.join(rootDir, 'data', 'sources.csv'), 'utf8')
  .split('\n')
  .flatMap((line) => /,(https?:\/\/[^,]+),/.exec(line)?.[1] ?? []);

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

  it('sets a quotation inside a source’s words in the inner marks of the brief’s language', () => {
    const words = '"Standards are important tools," according to the Beijing Statement';
    expect(quoteOf(words, 'verbatim', 'en').text).toBe(
      '‘Standards are important tools,’ according to the Beijing Statement',
    );
    expect(quoteOf(words, 'verbatim', 'zh').text).toBe(
      '‘Standards are important tools,’ according to the Beijing Statement',
    );
    expect(quoteOf('a "twinning" agreement', 'verbatim', 'fr').text).toBe('a “twinning” agreement');
    // A curator's summary is not a quotation: its marks are its own.
    expect(quoteOf('a "twinning" agreement', 'paraphrase', 'fr').text).toBe('a "twinning" agreement');
  });

  /** Whether a line may break between two pieces of a URL: after / ? & =, or before . - _ ~ # %. */
  const allowed = (before: string, after: string) => /[/?&=]$/.test(before) || /^[.\-_~#%]/.test(after);

  it('breaks URLs after "/", "?", "&", "=", before ".", "-", "%"…, never after a hyphen nor inside the scheme', () => {
    const url =
      'https://www.lesahel.org/cooperation-en-matiere-de-normalisation-entre-la-chine/?id=4062&opcao=noticia#top';
    const pieces = urlPieces(url);
    expect(pieces.join('')).toBe(url);
    expect(pieces[0]).toBe('https://www.lesahel.org/');
    expect(pieces).toEqual(expect.arrayContaining(['cooperation', '-en', '?', 'id=', '4062&']));
    for (const [i, piece] of pieces.entries()) {
      expect(piece, url).not.toMatch(/-$/);
      const next = pieces[i + 1];
      if (next !== undefined) expect(allowed(piece, next), `${piece}|${next}`).toBe(true);
    }
    // "//" stays whole; a percent-encoded word breaks before its "%"s, never inside one.
    expect(urlPieces('http://a.example//b')).toEqual(['http://a.example//', 'b']);
    expect(urlPieces('https://x.cn/%E4%B8%AD').slice(-3)).toEqual(['%E4', '%B8', '%AD']);
    // A hyphen before a "%" or a "." goes with it: no piece is a hyphen alone, which could end a line.
    expect(urlPieces('https://x.ru/%D0%B0-%D1%8F-.html').slice(-5)).toEqual([
      '%D0',
      '%B0',
      '-%D1',
      '%8F',
      '-.html',
    ]);
    for (const url of SOURCE_URLS) for (const piece of urlPieces(url)) expect(piece, url).not.toMatch(/-$/);
  });

  it('prints a URL as unbreakable pieces with a break opportunity between them only, its text the URL', () => {
    const url = 'https://a-b.example/x-y?q=1&r="2"';
    const printed = breakableUrl(url).value;
    expect(printed.replace(/<[^>]*>/g, '')).toBe(escapeHtml(url));
    const pieces = printed.split('<wbr />');
    expect(pieces.length).toBe(urlPieces(url).length);
    for (const piece of pieces) expect(piece).toMatch(/^<span class="url-piece">[^<]*<\/span>$/);
  });

  it('keeps every piece of every source’s address short enough for a line of the notes', () => {
    // The longest piece of the data's addresses today: 48 characters; a line of notes holds about 100.
    for (const url of SOURCE_URLS)
      for (const piece of urlPieces(url)) expect(piece.length, url).toBeLessThanOrEqual(60);
  });
});
