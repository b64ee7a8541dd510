import type { Lang } from '@sco/core';
import { markup, type SafeHtml } from '../html.js';

/**
 * The words of the demo partner page (`/demo`), a fictional newsletter. Texts that hold a link or code take
 * them as markup, already escaped; the Chinese texts are written with the spacing of decision 0027.
 */
export interface DemoTexts {
  readonly title: string;
  readonly bannerLabel: string;
  /** The banner: what the demo is, with the link to the embed builder. */
  readonly banner: (builder: (text: string) => SafeHtml) => SafeHtml;
  readonly back: string;
  readonly kicker: string;
  readonly name: string;
  readonly heading: string;
  readonly standfirst: string;
  readonly body: string;
  readonly whereTitle: string;
  readonly where: string;
  readonly closerTitle: string;
  /** The paragraph on the profile card, with the part's name as code. */
  readonly closer: (part: SafeHtml) => SafeHtml;
  readonly colophon: string;
}

const TEXTS: Readonly<Record<Lang, DemoTexts>> = {
  en: {
    title: 'The Standards Courier — China’s standards diplomacy in figures (demo partner page)',
    bannerLabel: 'About this demo',
    banner: (builder) =>
      markup`A demo of a partner site: its own fonts, styles and Content-Security-Policy, with the Observatory's widgets embedded as the ${builder('embed builder')} writes them.`,
    back: 'Back to the Observatory',
    kicker: 'Issue 42 · Standards & trade',
    name: 'The Standards Courier',
    heading: 'China’s standards diplomacy, in figures',
    standfirst:
      'Beijing has signed standards-cooperation documents with dozens of national bodies and regional organisations. How many, with whom, and since when? The live figures below come from the Soft Connectivity Observatory.',
    body: 'Most of the documents are memoranda of understanding between standards bodies: exchanges of information, training, and joint work in ISO and IEC committees. A smaller group goes further, with lists of standards that each side recognises.',
    whereTitle: 'Where the partners are',
    where: 'Shaded countries have at least one agreement; regional bodies are listed beside the map.',
    closerTitle: 'A closer look: Germany',
    closer: (part) =>
      markup`Germany's standards body, DIN, was one of the first to sign with its Chinese counterpart. The Courier shows the profile card without its list of agreements (${part} hidden).`,
    colophon:
      'The Standards Courier is fictional. Figures: Soft Connectivity Observatory, CC BY 4.0 — each widget names its release and links to its data.',
  },
  fr: {
    title:
      'Le Courrier des normes — la diplomatie chinoise des normes en chiffres (page partenaire de démonstration)',
    bannerLabel: 'À propos de cette démonstration',
    banner: (builder) =>
      markup`Démonstration d’un site partenaire\u00a0: ses propres polices, ses styles et sa Content-Security-Policy, avec les widgets de l’Observatoire intégrés tels que les écrit le ${builder('générateur d’intégration')}.`,
    back: 'Retour à l’Observatoire',
    kicker: 'Numéro 42 · Normes et commerce',
    name: 'Le Courrier des normes',
    heading: 'La diplomatie chinoise des normes, en chiffres',
    standfirst:
      'Pékin a signé des documents de coopération en matière de normes avec des dizaines d’organismes nationaux et d’organisations régionales. Combien, avec qui, et depuis quand\u202f? Les chiffres en direct ci-dessous viennent de l’Observatoire de la connectivité douce.',
    body: 'La plupart de ces documents sont des protocoles d’accord entre organismes de normalisation\u00a0: échanges d’informations, formation et travail commun dans les comités de l’ISO et de la CEI. Un groupe plus restreint va plus loin, avec des listes de normes que chaque partie reconnaît.',
    whereTitle: 'Où sont les partenaires',
    where:
      'Les pays colorés ont au moins un accord\u202f; les organismes régionaux sont énumérés à côté de la carte.',
    closerTitle: 'Gros plan\u00a0: l’Allemagne',
    closer: (part) =>
      markup`L’organisme allemand de normalisation, le DIN, a été l’un des premiers à signer avec son homologue chinois. Le Courrier montre sa fiche sans la liste de ses accords (${part} masquée).`,
    colophon:
      'Le Courrier des normes est fictif. Chiffres\u00a0: Observatoire de la connectivité douce, CC BY 4.0 — chaque widget nomme sa version des données et renvoie à ses données.',
  },
  zh: {
    title: '《标准信使》——中国标准外交的数字（合作方示例页面）',
    bannerLabel: '关于本示例',
    banner: (builder) =>
      markup`这是一个合作方网站的示例：它有自己的字体、样式和内容安全策略，并按${builder('嵌入生成器')}生成的代码嵌入了软联通观察的组件。`,
    back: '返回软联通观察',
    kicker: '第 42 期 · 标准与贸易',
    name: '标准信使',
    heading: '中国标准外交的数字',
    standfirst:
      '中国已与数十个国家标准机构和区域组织签署标准合作文件。有多少份？与谁签署？从何时开始？下面的实时数字来自软联通观察。',
    body: '这些文件大多是标准机构之间的谅解备忘录：交流信息、开展培训，并在 ISO 和 IEC 的技术委员会中共同工作。少数文件更进一步，列出了双方相互承认的标准清单。',
    whereTitle: '合作方在哪里',
    where: '着色的国家至少签有一项协议；区域机构列在地图旁。',
    closerTitle: '聚焦：德国',
    closer: (part) =>
      markup`德国标准化学会（DIN）是最早与中方对口机构签署协议的机构之一。本刊展示的概况卡片隐藏了协议列表（${part}）。`,
    colophon:
      '《标准信使》为虚构刊物。数字来源：软联通观察，CC BY 4.0 许可；每个组件都注明其数据版本并链接到相应数据。',
  },
};

export function demoTextsFor(lang: Lang): DemoTexts {
  return TEXTS[lang];
}
