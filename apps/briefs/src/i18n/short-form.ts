import type { Lang } from '@sco/core';
import { spacedCjk } from './spaced-cjk.js';

/**
 * The words of the short brief (the default length): the cover's headline figure, findings that lead with
 * the documented figure and qualify it, and the method told to a reader rather than to a developer.
 */
export interface ShortForm {
  /**
   * Under the cover's big figure: what it counts — every documented agreement whatever its date (undated ones
   * too), unlike an official tally's coverage, which counts those dated by the tally — and how many of them
   * are verified. Short enough to keep the cover's map and its legend at their size.
   */
  readonly headlineLabel: (verified: string, partners: string) => string;
  /** Under a partner brief's big figure (its count of agreements): what it counts, and how many are verified. */
  readonly partnerHeadlineLabel: (count: number, verified: number) => string;
  /** The first finding: the documented figure first, then the verified part of it. */
  readonly findingDocumented: (documented: string, verified: string, partners: string) => string;
  /** Above a short brief's table of partners: it lists the first of them. */
  readonly topPartners: (shown: number, total: number) => string;
  /** Beside a partner's count of agreements of standardisation scope: those of an adjacent scope. */
  readonly adjacentBeside: (count: number) => string;
  /** The sources section of a short brief that cites none itself. */
  readonly noSourcesCited: string;
  readonly methodTitle: string;
  /** The method in a reader's words: a lead-in and its paragraphs. */
  readonly method: readonly { readonly lead: string; readonly text: string }[];
}

const en: ShortForm = {
  headlineLabel: (verified, partners) =>
    `documented agreements of standardisation scope with ${partners} partners, all dates; ${verified} verified by an official source or two independent sources`,
  partnerHeadlineLabel: (count, verified) =>
    count === 1
      ? `documented agreement of standardisation scope, ${verified === 1 ? 'verified' : 'not verified'} by an official source or two independent sources`
      : `documented agreements of standardisation scope, ${verified === 0 ? 'none' : verified} of them verified by an official source or two independent sources`,
  findingDocumented: (documented, verified, partners) =>
    `${documented} documented agreements of standardisation scope with ${partners} partners, ${verified} of them verified by an official source or two independent sources.`,
  topPartners: (shown, total) =>
    `The ${shown} partners with the most agreements, of ${total}; the report version of this brief lists them all.`,
  adjacentBeside: (count) =>
    `${count === 1 ? 'One more agreement, of an adjacent scope (metrology, accreditation, conformity assessment…), is' : `${count} more agreements, of an adjacent scope (metrology, accreditation, conformity assessment…), are`} documented but left out of these figures.`,
  noSourcesCited:
    'This brief cites no single agreement. The sources of every agreement it counts — publisher, kind of source, address and the date each was checked — are listed in the report version of this brief and in the Observatory’s data.',
  methodTitle: 'How this brief was made',
  method: [
    {
      lead: 'What is counted.',
      text: 'The Observatory collects the technical-standards cooperation agreements that Chinese institutions sign with other countries and with regional and international organisations: memoranda of understanding, cooperation agreements, joint initiatives, mutual recognition of standards. An agreement counts once however many countries sign it, and a partner counts once however many agreements it signs.',
    },
    {
      lead: 'How sure the figures are.',
      text: 'Each figure is first given for every documented agreement, then for the verified ones among them — those confirmed by an official source or by two independent sources. Agreements known from a single unofficial source sit between the two, so a figure given as a range runs from the verified count to the documented one.',
    },
    {
      lead: 'What is left out.',
      text: 'Agreements on metrology, accreditation, certification, inspection or transport certificates are recorded but not counted here. An agreement whose date is not known is counted in the totals but cannot be placed on a timeline; no date is ever guessed.',
    },
    {
      lead: 'Official tallies.',
      text: 'Chinese authorities announce from time to time how many such agreements they have signed. Their claims are shown beside the documented count: the gap shows how much of the official picture public sources reveal.',
    },
    {
      lead: 'Convergence balance.',
      text: 'Among agreements that say which standards they rest on, the balance sets those anchored in international or regional standards work against those that only recognise or adopt standards: the number of the first, less the number of the second, divided by both together. It reads +1 when every one is anchored internationally, −1 when every one only recognises or adopts standards, and 0 when the two are even.',
    },
  ],
};

const fr: ShortForm = {
  headlineLabel: (verified, partners) =>
    `accords documentés relevant de la normalisation, toutes dates, dont ${verified} vérifiés (source officielle ou deux indépendantes), avec ${partners} partenaires`,
  partnerHeadlineLabel: (count, verified) =>
    count === 1
      ? `accord documenté relevant de la normalisation, ${verified === 1 ? 'vérifié' : 'non vérifié'} par une source officielle ou deux sources indépendantes`
      : `accords documentés relevant de la normalisation, ${verified === 0 ? 'dont aucun n’est vérifié' : `dont ${verified} ${verified > 1 ? 'vérifiés' : 'vérifié'}`} par une source officielle ou deux sources indépendantes`,
  findingDocumented: (documented, verified, partners) =>
    `${documented} accords documentés relevant de la normalisation, dont ${verified} vérifiés par une source officielle ou deux sources indépendantes, avec ${partners} partenaires.`,
  topPartners: (shown, total) =>
    `Les ${shown} partenaires qui comptent le plus d’accords, sur ${total}\u202f; la version rapport de cette note les liste tous.`,
  adjacentBeside: (count) =>
    `${count === 1 ? 'Un autre accord, de champ connexe (métrologie, accréditation, évaluation de la conformité…), est documenté mais exclu' : `${count} autres accords, de champ connexe (métrologie, accréditation, évaluation de la conformité…), sont documentés mais exclus`} de ces chiffres.`,
  noSourcesCited:
    'Cette note ne cite aucun accord en particulier. Les sources de chaque accord compté — éditeur, nature de la source, adresse et date de consultation — figurent dans la version rapport de cette note et dans les données de l’Observatoire.',
  methodTitle: 'Comment cette note a été établie',
  method: [
    {
      lead: 'Ce qui est compté.',
      text: 'L’Observatoire recense les accords de coopération en matière de normes techniques que des institutions chinoises signent avec d’autres pays et avec des organisations régionales et internationales\u00a0: protocoles d’accord, accords de coopération, initiatives conjointes, reconnaissance mutuelle de normes. Un accord compte une fois, quel que soit le nombre de pays signataires, et un partenaire compte une fois, quel que soit le nombre de ses accords.',
    },
    {
      lead: 'Degré de certitude.',
      text: 'Chaque chiffre est d’abord donné pour l’ensemble des accords documentés, puis pour ceux qui sont vérifiés — confirmés par une source officielle ou par deux sources indépendantes. Les accords connus par une seule source non officielle se situent entre les deux\u00a0: un chiffre donné sous forme de fourchette va du nombre vérifié au nombre documenté.',
    },
    {
      lead: 'Ce qui est exclu.',
      text: 'Les accords portant sur la métrologie, l’accréditation, la certification, l’inspection ou les certificats de transport sont enregistrés mais non comptés ici. Un accord dont la date est inconnue entre dans les totaux mais ne peut être placé sur une chronologie\u202f; aucune date n’est devinée.',
    },
    {
      lead: 'Décomptes officiels.',
      text: 'Les autorités chinoises annoncent de temps à autre le nombre d’accords qu’elles ont signés. Ces annonces sont présentées à côté du nombre documenté\u00a0: l’écart montre quelle part du tableau officiel les sources publiques permettent de voir.',
    },
    {
      lead: 'Solde de convergence.',
      text: 'Parmi les accords qui indiquent sur quelles normes ils reposent, le solde oppose ceux qui s’ancrent dans les travaux de normalisation internationaux ou régionaux à ceux qui se bornent à reconnaître ou adopter des normes\u00a0: le nombre des premiers, moins celui des seconds, divisé par leur somme. Il vaut +1 quand tous s’ancrent dans les normes internationales, −1 quand tous se bornent à reconnaître ou adopter des normes, et 0 à égalité.',
    },
  ],
};

const zh: ShortForm = {
  headlineLabel: (verified, partners) =>
    `项有据可查的标准化领域协议（不论签署日期），涉及 ${partners} 个合作方，其中 ${verified} 项经官方来源或两个独立来源核实`,
  partnerHeadlineLabel: (count, verified) =>
    `项有据可查的标准化领域协议，${verified === 0 ? (count === 1 ? '尚未' : '均未') : count === 1 ? '已' : `其中 ${verified} 项`}经官方来源或两个独立来源核实`,
  findingDocumented: (documented, verified, partners) =>
    `有据可查的标准化领域协议共 ${documented} 项，涉及 ${partners} 个合作方，其中 ${verified} 项经官方来源或两个独立来源核实。`,
  topPartners: (shown, total) =>
    `共 ${total} 个合作方，下表列出协议最多的 ${shown} 个；报告版列出全部合作方。`,
  adjacentBeside: (count) =>
    `另有 ${count} 项相关领域协议（计量、认可、合格评定等）有记录，但未计入上述数字。`,
  noSourcesCited:
    '本简报未引用具体协议。所统计的每项协议的来源（发布者、来源类型、网址及查阅日期）见本简报的报告版及观察数据。',
  methodTitle: '本简报的编制方法',
  method: [
    {
      lead: '统计对象。',
      text: '本观察站收集中国机构与其他国家以及区域和国际组织签署的技术标准合作协议，包括谅解备忘录、合作协议、联合倡议和标准互认协议。一项协议无论由多少国家签署都只计一次；一个合作方无论签署多少项协议也只计一次。',
    },
    {
      lead: '数据的可靠程度。',
      text: '每个数字首先按全部有据可查的协议给出，再给出其中经核实的协议数，即由官方来源或两个独立来源确认的协议。仅有一个非官方来源的协议介于两者之间；以区间表示的数字，从核实数到有据可查数。',
    },
    {
      lead: '未计入的内容。',
      text: '计量、认可、认证、检验或运输证书方面的协议有记录，但不计入本简报的数字。日期不详的协议计入总数，但无法标注在时间轴上；我们从不推测日期。',
    },
    {
      lead: '官方统计。',
      text: '中国有关部门不时公布已签署协议的数量。这些说法与有据可查的数量并列展示，二者之差说明公开来源能够呈现官方全貌的程度。',
    },
    {
      lead: '趋同平衡指数。',
      text: '在说明所依据标准的协议中，该指数比较以国际或区域标准工作为基础的协议与仅承认或采用标准的协议：前者数量减去后者数量，再除以两者之和。全部以国际标准为基础时为 +1，全部仅承认或采用标准时为 −1，两者相当时为 0。',
    },
  ],
};

const FORMS: Readonly<Record<Lang, ShortForm>> = { en, fr, zh: spacedCjk(zh) };

export function shortFormFor(lang: Lang): ShortForm {
  return FORMS[lang];
}
