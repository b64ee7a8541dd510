import { describe, expect, it } from 'vitest';
import { publisherLabel } from './publisher-label.js';
import { hostInOwnLetters } from './punycode-host.js';

describe('publisherLabel', () => {
  it('drops a curator’s remark from the publisher and keeps a real attribution', () => {
    expect(publisherLabel('wanttest.com (repost of BRF outcome list)', 'en')).toBe('wanttest.com');
    expect(publisherLabel('123xiaoshuo.cn (unattributed repost)', 'en')).toBe('123xiaoshuo.cn');
    expect(publisherLabel('example.net (spam-site repost)', 'fr')).toBe('example.net');
    expect(publisherLabel('Arab News (SPA)', 'fr')).toBe('Arab News (SPA)');
  });

  it('never gives a bare IP address as a publisher', () => {
    expect(publisherLabel('122.227.57.98 (repost of China News Service)', 'en')).toBe('Unidentified website');
    expect(publisherLabel('122.227.57.98:8586', 'zh')).toBe('未具名网站');
    expect(publisherLabel('122.227.57.98', 'fr')).toBe('Site non identifié');
  });

  it('gives a host in the letters it is read in, not in its ASCII form', () => {
    expect(publisherLabel('xn--yet74fr8g.com', 'en')).toBe('徐小明.com');
    expect(publisherLabel('sauress.com', 'zh')).toBe('sauress.com');
  });

  it('labels a publisher the data describes in English in French and Chinese', () => {
    expect(publisherLabel('Khovar (Tajik state news agency)', 'fr')).toBe(
      'Khovar (agence de presse d’État du Tadjikistan)',
    );
    expect(publisherLabel('Khovar (Tajik state news agency)', 'en')).toBe('Khovar (Tajik state news agency)');
  });
});

describe('hostInOwnLetters', () => {
  // Hand-checked against RFC 3492's sample strings and the IDNA encodings Python's codec gives.
  it('decodes each xn-- label and leaves the others', () => {
    expect(hostInOwnLetters('xn--yet74fr8g.com')).toBe('徐小明.com');
    expect(hostInOwnLetters('news.xn--fiqs8s')).toBe('news.中国');
    expect(hostInOwnLetters('xn--mnchen-3ya.de')).toBe('münchen.de');
    expect(hostInOwnLetters('xn--mgbh0fb.example')).toBe('مثال.example');
    expect(hostInOwnLetters('XN--BCHER-KVA.ch')).toBe('bücher.ch');
    expect(hostInOwnLetters('example.com')).toBe('example.com');
  });

  it('leaves a label that is not valid Punycode as written', () => {
    expect(hostInOwnLetters('xn--!!.com')).toBe('xn--!!.com');
    // Cut short: the last digit asks for more.
    expect(hostInOwnLetters('xn--mnchen-3y.de')).toBe('xn--mnchen-3y.de');
    expect(hostInOwnLetters('xn--zzzzzzzz.com')).toBe('xn--zzzzzzzz.com');
  });
});
