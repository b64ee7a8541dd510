import { countValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { methodology } from '../methodology-text.js';

export const agreementsCumulativeIndicator = measuredIndicator({
  id: 'agreements_cumulative',
  unit: 'count',
  title: { en: 'Agreements, cumulative', fr: 'Accords, en cumul', zh: '累计协议数量' },
  definition: {
    en: 'Number of agreements signed up to and including each year.',
    fr: 'Nombre d’accords signés jusqu’à chaque année incluse.',
    zh: '截至各年份（含当年）已签署的协议数量。',
  },
  methodology: methodology({
    en:
      'The figure for a year counts every agreement signed in or before that year. Undated agreements cannot be ' +
      'placed in a year: they are counted in the total and shown apart as “undated”, so the total can exceed ' +
      'the last year’s figure. With a year range, the series starts at its first year.',
    fr:
      'Le chiffre d’une année compte tous les accords signés cette année-là ou avant. Les accords non datés ne ' +
      'peuvent être placés dans une année\u00a0: ils comptent dans le total et figurent à part comme «\u00a0non datés\u00a0», ' +
      'si bien que le total peut dépasser le chiffre de la dernière année. Avec une période, la série commence ' +
      'à sa première année.',
    zh:
      '某一年份的数值统计该年及之前签署的全部协议。无日期的协议无法归入年份：它们计入总数，并作为“无日期”单独' +
      '列出，因此总数可能大于最后一年的数值。设定年份范围时，累计从该范围的第一年开始。',
  }),
  group_bys: ['year'],
  default_group_by: 'year',
  cumulative: true,
  measure: (items) => countValue(items.length, items.length),
});
