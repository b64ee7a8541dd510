import type { Lang } from '../shared/i18n.js';

type Text = Readonly<Record<Lang, string>>;

/** The network's own words (body names and scope labels come from the API). */
export const NETWORK_TEXT = {
  title: {
    en: 'Who signs with whom: Chinese bodies and their partners',
    fr: 'Qui signe avec qui\u00a0: organismes chinois et partenaires',
    zh: '谁与谁签署：中方机构及其伙伴',
  },
  label: {
    en: 'Network: Chinese bodies on the left, partner bodies on the right, a line per pair and scope, thicker for more agreements. Arrow keys move from body to body.',
    fr: 'Réseau\u00a0: organismes chinois à gauche, partenaires à droite, une ligne par paire et domaine, plus épaisse s’il y a plus d’accords. Les flèches passent d’un organisme à l’autre.',
    zh: '网络图：左侧为中方机构，右侧为伙伴机构，每对机构每个领域一条线，协议越多线越粗。方向键在机构之间移动。',
  },
  node: {
    en: '{name} ({jurisdiction}), {n} agreements, with: {links}',
    fr: '{name} ({jurisdiction}), {n} accords, avec\u00a0: {links}',
    zh: '{name}（{jurisdiction}），协议 {n} 项，对方：{links}',
  },
  link: { en: '{name} {n} ({scope})', fr: '{name} {n} ({scope})', zh: '{name} {n} 项（{scope}）' },
  more: { en: 'Show {n} more', fr: 'Afficher {n} de plus', zh: '显示其余 {n} 项' },
  chinese: { en: 'Chinese body', fr: 'Organisme chinois', zh: '中方机构' },
  partner: { en: 'Partner body', fr: 'Organisme partenaire', zh: '伙伴机构' },
  scope: { en: 'Scope', fr: 'Domaine', zh: '领域' },
  agreements: { en: 'Agreements', fr: 'Accords', zh: '协议数' },
  empty: {
    en: 'No agreement in this period and region.',
    fr: 'Aucun accord pour cette période et cette région.',
    zh: '该时期和地区没有协议。',
  },
  period: {
    en: '-2012, 2013-2019, 2020- or undated',
    fr: '-2012, 2013-2019, 2020- ou undated',
    zh: '-2012、2013-2019、2020- 或 undated',
  },
  basis: {
    en: 'verified, verified_single or all',
    fr: 'verified, verified_single ou all',
    zh: 'verified、verified_single 或 all',
  },
  noFilter: {
    en: 'nothing: this widget filters by period and region only',
    fr: 'rien\u00a0: ce widget ne filtre que par période et région',
    zh: '无：此组件仅按时期和地区筛选',
  },
} as const satisfies Record<string, Text>;

export function networkText(
  lang: Lang,
  key: keyof typeof NETWORK_TEXT,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return NETWORK_TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(params[name] ?? whole),
  );
}
