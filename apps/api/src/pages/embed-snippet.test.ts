import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../assets/pages/embed-snippet.js';

const script = { file: 'sco-figure.js', integrity: 'sha384-AAA' };
const preloads = [
  { file: 'core-1.js', integrity: 'sha384-BBB' },
  { file: 'sco-figure-2.js', integrity: 'sha384-CCC' },
];

describe('embedSnippet (shared by the builder page and the API)', () => {
  it('writes the preloads, the script and the element, every file with its hash', () => {
    expect(
      embedSnippet({
        base: 'https://obs.example/widgets/1.2.3/',
        tag: 'sco-figure',
        attributes: [
          ['indicator', 'partners'],
          ['show-table', true],
        ],
        script,
        preloads,
        integrity: true,
      }),
    ).toBe(
      [
        '<link rel="modulepreload" href="https://obs.example/widgets/1.2.3/core-1.js" integrity="sha384-BBB" crossorigin="anonymous">',
        '<link rel="modulepreload" href="https://obs.example/widgets/1.2.3/sco-figure-2.js" integrity="sha384-CCC" crossorigin="anonymous">',
        '<script type="module" src="https://obs.example/widgets/1.2.3/sco-figure.js" integrity="sha384-AAA" crossorigin="anonymous"></script>',
        '<sco-figure indicator="partners" show-table></sco-figure>',
      ].join('\n'),
    );
  });

  it('writes neither hashes nor preloads for latest (its files change)', () => {
    expect(
      embedSnippet({
        base: 'https://obs.example/widgets/latest/',
        tag: 'sco-map',
        attributes: [],
        script,
        preloads,
        integrity: false,
      }),
    ).toBe(
      '<script type="module" src="https://obs.example/widgets/latest/sco-figure.js" crossorigin="anonymous"></script>\n<sco-map></sco-map>',
    );
  });

  it('escapes attribute values', () => {
    const snippet = embedSnippet({
      base: 'https://obs.example/widgets/latest/',
      tag: 'sco-partner',
      attributes: [['partner', '"><script>x</script>']],
      script,
      preloads: [],
      integrity: false,
    });
    expect(snippet).toContain(
      '<sco-partner partner="&#34;&#62;&#60;script&#62;x&#60;/script&#62;"></sco-partner>',
    );
  });
});
