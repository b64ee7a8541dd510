import { describe, expect, it } from 'vitest';
import {
  PdfLexer,
  PdfName,
  PdfRef,
  serialize,
  textString,
  type PdfDict,
  type PdfString,
} from './pdf-syntax.js';

const parse = (text: string) => new PdfLexer(Buffer.from(text, 'latin1')).value();

describe('PDF syntax', () => {
  it('reads dictionaries, arrays, references, names and strings', () => {
    const value = parse(
      '<</Type /Catalog /Pages 2 0 R /Kids [3 0 R 4 0 R] /N#20ame (a\\(b\\)\\101) /H <FEFF004100E9> /X 1.5>>',
    );
    const dict = value as PdfDict;
    expect((dict.get('Type') as PdfName).name).toBe('Catalog');
    expect(dict.get('Pages')).toEqual(new PdfRef(2, 0));
    expect(dict.get('Kids')).toEqual([new PdfRef(3, 0), new PdfRef(4, 0)]);
    expect((dict.get('N ame') as PdfString).text()).toBe('a(b)A');
    expect((dict.get('H') as PdfString).text()).toBe('Aé');
    expect(dict.get('X')).toBe(1.5);
  });

  it('writes what it reads, and text as UTF-16 when it is not ASCII', () => {
    const dict: PdfDict = new Map<string, PdfRef | PdfString | PdfName>([
      ['Title', textString('中国 (brief)')],
      ['Plain', textString('a (b) \\ c')],
      ['Ref', new PdfRef(7, 0)],
      ['Name', new PdfName('A B')],
    ]);
    const written = serialize(dict);
    expect(written).toContain('/Plain (a \\(b\\) \\\\ c)');
    expect(written).toContain('/Name /A#20B');
    const back = parse(written) as PdfDict;
    expect((back.get('Title') as PdfString).text()).toBe('中国 (brief)');
    expect((back.get('Plain') as PdfString).text()).toBe('a (b) \\ c');
  });
});
