import type { Localized } from '../../i18n/lang.js';
import type { TallyAggregate } from '../../dataset/aggregates.js';
import { distinctPartners } from '../distinct-partners.js';
import type { IndicatorDefinition, IndicatorMeta } from '../indicator-definition.js';
import { countValue, nullValue, ratioValue } from '../indicator-value.js';
import { latestCumulativeTally, tallyReference } from '../latest-tally.js';
import {
  assertGroupBy,
  indicatorResult,
  measureCell,
  type Measure,
  type PartSpec,
} from '../measured-indicator.js';
import { methodology, PARTNER_RULES } from '../methodology-text.js';
import { selectAgreements, type SelectedAgreement } from '../select-agreements.js';
import { placeAgainstTally, type TallyPlacement } from '../tally-placement.js';

const meta: IndicatorMeta = {
  id: 'coverage',
  unit: 'share',
  title: {
    en: 'Coverage of the official tally',
    fr: 'Couverture du décompte officiel',
    zh: '官方统计覆盖率',
  },
  definition: {
    en:
      'Agreements documented in the dataset and signed on or before the date of the latest official cumulative ' +
      'tally, as a share of the documents that tally claims; likewise for partners.',
    fr:
      'Accords documentés dans le jeu de données et signés au plus tard à la date du dernier décompte officiel ' +
      'cumulatif, rapportés au nombre de documents annoncé par ce décompte\u202f; de même pour les partenaires.',
    zh: '数据集中记录的、在最新官方累计统计截止日期当日或之前签署的协议数，占该统计所称文件数的比例；合作方同理。',
  },
  methodology: methodology(
    {
      en:
        'The tally is the latest official claim of the “cumulative” series that gives a document count; the ' +
        'result names it. Numerator: agreements dated on or before its date (a date known only to the month or ' +
        'year counts when that month or year is not after it; an undated agreement counts when a source shows it ' +
        'signed by then, its “signed no later than” date being on or before it). Other undated agreements ' +
        'cannot be compared and are reported apart, as are agreements signed later. Partner coverage divides the distinct partners of the ' +
        'counted agreements by the tally’s partners. A claim of “at least” makes the figure an upper bound; a ' +
        'value above 100% means the dataset documents more than the claim. The tally covers all partners and ' +
        'sectors, so the comparison is meaningful without filters.',
      fr:
        'Le décompte retenu est la dernière déclaration officielle de la série «\u00a0cumulative\u00a0» qui indique un ' +
        'nombre de documents\u202f; le résultat le nomme. Numérateur\u00a0: accords datés au plus tard de sa date (une date ' +
        'connue au mois ou à l’année près compte si ce mois ou cette année n’est pas postérieur\u202f; un accord non ' +
        'daté compte si une source le montre déjà signé à cette date, sa date «\u00a0signé au plus tard le\u00a0» ne lui ' +
        'étant pas postérieure). Les autres accords non datés ne peuvent être comparés et sont indiqués à ' +
        'part, de même que les accords signés après. La ' +
        'couverture des partenaires rapporte les partenaires distincts des accords comptés au nombre de ' +
        'partenaires du décompte. Un décompte «\u00a0au moins\u00a0» fait de la part une borne supérieure\u202f; une valeur ' +
        'supérieure à 100\u202f% signifie que le jeu de données documente davantage que le décompte. Le décompte porte ' +
        'sur tous les partenaires et secteurs\u00a0: la comparaison n’a de sens que sans filtre.',
      zh:
        '所用统计为“累计”系列中载明文件数的最新官方表述，结果中注明该统计。分子：签署日期在统计截止日期当日或' +
        '之前的协议（仅知月份或年份的日期，若该月或该年不晚于截止日期则计入；无日期的协议，若有来源表明其“最晚签署' +
        '日期”不晚于截止日期，亦计入）。其他无日期的协议无法比较，与之后签署' +
        '的协议一并单独列出。合作方覆盖率为所计协议中不同合作方的数量除以统计所称的合作方数量。若统计表述为' +
        '“至少”，则该比例为上限；数值超过 100% 表示数据集记录的多于官方表述。该统计涵盖全部合作方和领域，因此仅在' +
        '不加筛选时比较才有意义。',
    },
    PARTNER_RULES,
  ),
  group_bys: [],
  default_group_by: null,
};

export const PARTNERS_COVERAGE_LABEL: Localized = {
  en: 'Partners documented, as a share of the tally’s partners',
  fr: 'Partenaires documentés, en part des partenaires du décompte',
  zh: '已记录合作方占统计所称合作方的比例',
};
export const UNDATED_LABEL: Localized = {
  en: 'Undated agreements (not compared)',
  fr: 'Accords non datés (non comparés)',
  zh: '无日期协议（未比较）',
};
export const LATER_LABEL: Localized = {
  en: 'Agreements signed after the tally date',
  fr: 'Accords signés après la date du décompte',
  zh: '统计截止日期之后签署的协议',
};

const placed = (item: SelectedAgreement, tally: TallyAggregate): TallyPlacement =>
  placeAgainstTally(item.agreement, tally.as_of);

/** Agreements that may be on or before the tally: surely before it, or straddling it. */
function countedBy(tally: TallyAggregate) {
  return (items: readonly SelectedAgreement[]) =>
    items.filter((item) => {
      const placement = placed(item, tally);
      return placement === 'before' || placement === 'straddles';
    });
}

function documentCoverage(tally: TallyAggregate | null): Measure {
  if (tally === null) return () => nullValue('no_tally', 0);
  const counted = countedBy(tally);
  return (items) => {
    const n = counted(items).length;
    return ratioValue(n, tally.documents ?? 0, n);
  };
}

function partnerCoverage(tally: TallyAggregate | null): Measure {
  if (tally === null) return () => nullValue('no_tally', 0);
  const counted = countedBy(tally);
  return (items) => {
    const agreements = counted(items);
    const partners = distinctPartners(agreements).size;
    if (tally.partners === null) return nullValue('tally_without_partners', agreements.length);
    return ratioValue(partners, tally.partners, agreements.length);
  };
}

function parts(tally: TallyAggregate | null): PartSpec[] {
  const count = (keep: (item: SelectedAgreement) => boolean) => (items: readonly SelectedAgreement[]) => {
    const kept = items.filter(keep).length;
    return countValue(kept, kept);
  };
  const later = (item: SelectedAgreement) => tally !== null && placed(item, tally) === 'after';
  const unplaced = (item: SelectedAgreement) =>
    tally === null ? item.agreement.signed.date === null : placed(item, tally) === 'undated';
  return [
    {
      key: 'partners',
      unit: 'share',
      label: PARTNERS_COVERAGE_LABEL,
      measure: partnerCoverage(tally),
    },
    {
      key: 'undated',
      unit: 'count',
      label: UNDATED_LABEL,
      measure: count(unplaced),
    },
    {
      key: 'later',
      unit: 'count',
      label: LATER_LABEL,
      measure: count(later),
    },
  ];
}

export const coverageIndicator: IndicatorDefinition = {
  ...meta,
  compute: (input) => {
    assertGroupBy(meta, input.group_by);
    const tally = latestCumulativeTally(input.tallies);
    const selection = selectAgreements(input.agreements, input.filter);
    return indicatorResult(
      meta,
      input,
      selection,
      { total: measureCell(selection.items, documentCoverage(tally), parts(tally)), groups: [] },
      tally === null ? null : tallyReference(tally),
    );
  },
};
