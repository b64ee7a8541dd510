import { defineVocabulary } from '../vocabulary/vocabulary.js';

/** Why an indicator value is null. A null is never shown as 0. */
export const nullReasons = defineVocabulary({
  empty_denominator: {
    en: 'No agreement qualifies for the denominator',
    fr: 'Aucun accord ne remplit les conditions du dénominateur',
    zh: '没有符合分母条件的协议',
  },
  no_coded_agreements: {
    en: 'No agreement has coded provisions',
    fr: 'Aucun accord n’a de clauses codées',
    zh: '没有已编码条款的协议',
  },
  no_pairs: {
    en: 'Nothing to share out: no agreement has a partner or sector to count',
    fr: 'Rien à répartir\u00a0: aucun accord n’a de partenaire ou de secteur à compter',
    zh: '无可分配的对象：没有协议含有可计数的合作方或领域',
  },
  no_tally: {
    en: 'No official cumulative tally with a document count',
    fr: 'Aucun décompte officiel cumulatif indiquant un nombre de documents',
    zh: '没有载明文件数量的官方累计统计',
  },
  tally_without_partners: {
    en: 'The official tally gives no partner count',
    fr: 'Le décompte officiel n’indique pas de nombre de partenaires',
    zh: '官方统计未载明合作方数量',
  },
});
export type NullReason = (typeof nullReasons.codes)[number];
