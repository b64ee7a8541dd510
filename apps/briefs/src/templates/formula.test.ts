import { describe, expect, it } from 'vitest';
import { typesetFormula } from './formula.js';

describe('typesetFormula', () => {
  it('turns N_A into a real subscript and escapes the rest', () => {
    expect(typesetFormula('CB = (N_A − N_B) / (N_A + N_B) <b>').value).toBe(
      'CB = (<i>N</i><sub>A</sub> − <i>N</i><sub>B</sub>) / (<i>N</i><sub>A</sub> + <i>N</i><sub>B</sub>) &lt;b&gt;',
    );
  });

  it('leaves words with underscores alone', () => {
    expect(typesetFormula('group_by').value).toBe('group_by');
  });
});
