import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes every field, doubles quotes, keeps line breaks inside fields and ends lines with CRLF', () => {
    const csv = toCsv({
      columns: [
        { header: 'id', width: 10 },
        { header: 'text', width: 10 },
        { header: 'n', width: 5 },
      ],
      rows: [
        ['a', 'say "hi", twice\nplease', 3],
        ['b', null, null],
      ],
    });
    expect(csv).toBe('"id","text","n"\r\n"a","say ""hi"", twice\nplease","3"\r\n"b","",""\r\n');
  });

  it('neutralises formula triggers in texts, not in numbers', () => {
    const csv = toCsv({
      columns: [
        { header: 'text', width: 10 },
        { header: 'n', width: 5 },
      ],
      rows: [['=1+1', -1]],
    });
    expect(csv.split('\r\n')[1]).toBe(`"'=1+1","-1"`);
  });
});
