import { describe, expect, it } from 'vitest';
import { publisherOf, quoteOf, urlPieces } from './source-display.js';

describe('sources as a reader sees them', () => {
  it('drops a curator’s remark from the publisher and keeps a real attribution', () => {
    expect(publisherOf('wanttest.com (repost of BRF outcome list)', 'en')).toBe('wanttest.com');
    expect(publisherOf('123xiaoshuo.cn (unattributed repost)', 'en')).toBe('123xiaoshuo.cn');
    expect(publisherOf('example.net (spam-site repost)', 'fr')).toBe('example.net');
    expect(publisherOf("People's Daily Online (Xinhua)", 'en')).toBe("People's Daily Online (Xinhua)");
  });

  it('never prints a bare IP address as a publisher', () => {
    expect(publisherOf('122.227.57.98 (repost of China News Service)', 'en')).toBe('Unidentified website');
    expect(publisherOf('122.227.57.98:8586', 'zh')).toBe('未具名网站');
  });

  it('prints a host in the letters it is read in, not in its ASCII form', () => {
    expect(publisherOf('xn--yet74fr8g.com', 'en')).toBe('徐小明.com');
    expect(publisherOf('news.xn--fiqs8s', 'fr')).toBe('news.中国');
    expect(publisherOf('sauress.com', 'zh')).toBe('sauress.com');
  });

  it('prints a curator’s paraphrase as a summary, not as a quote', () => {
    expect(quoteOf('Signed in Moscow', 'paraphrase', 'en')).toEqual({
      kind: 'summary',
      text: 'Signed in Moscow',
      label: 'In summary:',
    });
    expect(quoteOf('Signé à Moscou', 'paraphrase', 'fr').label).toBe('En résumé :');
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
