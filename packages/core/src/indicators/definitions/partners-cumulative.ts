import { distinctPartners } from '../distinct-partners.js';
import { UNDATED_KEY } from '../group-by.js';
import { groupByYear } from '../group-items.js';
import type { IndicatorDefinition, IndicatorMeta } from '../indicator-definition.js';
import { countValue } from '../indicator-value.js';
import { assertGroupBy, indicatorResult, measureCell, type Measure } from '../measured-indicator.js';
import { methodology, PARTNER_RULES } from '../methodology-text.js';
import { selectAgreements } from '../select-agreements.js';

const meta: IndicatorMeta = {
  id: 'partners_cumulative',
  unit: 'count',
  title: { en: 'Partners, cumulative', fr: 'Partenaires, en cumul', zh: '累计合作方数量' },
  definition: {
    en: 'Number of distinct partners with a first agreement signed up to and including each year.',
    fr: 'Nombre de partenaires distincts dont le premier accord a été signé au plus tard l’année considérée.',
    zh: '截至各年份（含当年）已签署首份协议的不同合作方数量。',
  },
  methodology: methodology(
    {
      en:
        'A partner enters the series in the year of its first dated agreement. Partners known only from undated ' +
        'agreements are counted in the total and shown apart as “undated”. With a year range, the series starts ' +
        'at its first year.',
      fr:
        'Un partenaire entre dans la série l’année de son premier accord daté. Les partenaires connus uniquement ' +
        'par des accords non datés comptent dans le total et figurent à part comme «\u00a0non datés\u00a0». Avec une ' +
        'période, la série commence à sa première année.',
      zh:
        '合作方计入其首份有日期协议的签署年份。仅见于无日期协议的合作方计入总数，并作为“无日期”单独列出。' +
        '设定年份范围时，累计从该范围的第一年开始。',
    },
    PARTNER_RULES,
  ),
  group_bys: ['year'],
  default_group_by: 'year',
};

const partnerCount: Measure = (items) => countValue(distinctPartners(items).size, items.length);

/** Partners that appear in undated agreements only; n is the number of undated agreements. */
const undatedOnly: Measure = (items) => {
  const undated = items.filter((item) => item.agreement.signed.year === null);
  const dated = distinctPartners(items.filter((item) => item.agreement.signed.year !== null));
  const only = [...distinctPartners(undated)].filter((code) => !dated.has(code));
  return countValue(only.length, undated.length);
};

export const partnersCumulativeIndicator: IndicatorDefinition = {
  ...meta,
  compute: (input) => {
    assertGroupBy(meta, input.group_by);
    const selection = selectAgreements(input.agreements, input.filter);
    const groups = input.group_by === null ? [] : groupByYear(selection.items, input.filter, true);
    return indicatorResult(meta, input, selection, {
      total: measureCell(selection.items, partnerCount),
      groups: groups.map((group) =>
        group.key === UNDATED_KEY
          ? { key: group.key, ...measureCell(selection.items, undatedOnly) }
          : { key: group.key, ...measureCell(group.items, partnerCount) },
      ),
    });
  },
};
