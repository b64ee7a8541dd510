import { describe, expect, it } from 'vitest';
import { placeNamesOf, textsOf } from './texts-of.js';

describe('textsOf', () => {
  const shared = { en: 'Shared', fr: 'Partagé', zh: '共享' };
  const modules = {
    'a.ts': {
      TITLE: { en: 'Agreements', fr: 'Accords', zh: '协议' },
      NESTED: { one: { definition: { en: 'x', fr: 'Définition', zh: '定义' } }, again: shared },
      LABELS: [
        ['Protocole d’accord', '谅解备忘录'],
        ['two', 'English'],
      ],
      count: 3,
    },
    'b.ts': { SAME: shared },
  };

  it('finds the texts under a key named for the language, and the French or Chinese of a [fr, zh] pair', () => {
    expect(textsOf(modules, 'fr')).toEqual([
      ['a.ts#TITLE.fr', 'Accords'],
      ['a.ts#NESTED.one.definition.fr', 'Définition'],
      ['a.ts#NESTED.again.fr', 'Partagé'],
      ['a.ts#LABELS[0][0]', 'Protocole d’accord'],
    ]);
    expect(textsOf(modules, 'zh').map(([, text]) => text)).toEqual(['协议', '定义', '共享', '谅解备忘录']);
    expect(textsOf(modules, 'en').map(([, text]) => text)).toEqual(['Agreements', 'x', 'Shared']);
  });

  it('names every country and region', () => {
    const names = placeNamesOf('fr');
    expect(names).toContainEqual(['DEU', 'Allemagne']);
    expect(names).toContainEqual(['150', 'Europe']);
    expect(names.length).toBeGreaterThan(240);
  });
});
