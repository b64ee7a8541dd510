import type { Agreement } from '../dataset/assemble.js';
import type { Localized } from '../i18n/lang.js';
import type { RelationType } from '../vocabulary/relation-type.js';

/** Relations that make an agreement a renewal of an earlier one; `implements` does not. */
export const RENEWAL_RELATIONS: readonly RelationType[] = ['renews', 'extends', 'replaces'];

export function isRenewal(agreement: Agreement): boolean {
  return agreement.relations.some((r) => RENEWAL_RELATIONS.includes(r.relation));
}

/** What counts as a renewal, for methodology notes. */
export const RENEWAL_RULE: Localized = {
  en:
    'A renewal is an agreement with at least one lineage relation of type renews, extends or replaces to an ' +
    'earlier agreement; an agreement that only implements a framework is not one. The earlier agreement need ' +
    'not pass the filters.',
  fr:
    'Un renouvellement est un accord lié à un accord antérieur par au moins une relation de filiation ' +
    '«\u00a0renouvelle\u00a0», «\u00a0prolonge\u00a0» ou «\u00a0remplace\u00a0»\u202f; un accord qui ne fait que mettre en œuvre un accord-cadre ' +
    'n’en est pas un. L’accord antérieur n’a pas à répondre aux filtres.',
  zh:
    '续签协议指与先前协议之间至少有一项“续签”“延长”或“取代”沿革关系的协议；仅落实框架协议的协议不属于续签。' +
    '先前的协议无须符合筛选条件。',
};
