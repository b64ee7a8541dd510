import type { Lang } from '@sco/core';
import { markup, type SafeHtml } from '../html.js';

/** A card of the landing page: its title and one line. */
export interface CardText {
  readonly title: string;
  readonly text: string;
}

/**
 * The words of the landing page (`/`). Texts that hold links or emphasis take them as markup, already escaped;
 * the Chinese texts are written with the spacing rule of decision 0027 (a space between Han and Latin or digits).
 */
export interface LandingTexts {
  readonly title: string;
  readonly description: string;
  readonly eyebrow: string;
  readonly heading: string;
  readonly lede: string;
  /** The release the figures come from (its id, emphasised) and its publication day, formatted. */
  readonly releaseLine: (release: SafeHtml, day: string) => SafeHtml;
  readonly noRelease: string;
  readonly map: {
    readonly title: string;
    readonly intro: string;
    readonly profile: string;
    readonly placeholder: string;
  };
  readonly timeline: { readonly title: string; readonly intro: string };
  readonly breakdownTitle: string;
  /** The soft–hard section; its intro takes the links to the indicator and to the investment rows. */
  readonly softHard: {
    readonly title: string;
    readonly intro: (indicator: SafeHtml, rows: SafeHtml) => SafeHtml;
  };
  readonly patchwork: { readonly title: string; readonly intro: (indicator: SafeHtml) => SafeHtml };
  readonly agreements: { readonly title: string; readonly intro: string };
  readonly dataTitle: string;
  readonly noDownloads: string;
  readonly cards: {
    /** The data package of a release, whose id the line names. */
    readonly datapackage: (release: string) => CardText;
    readonly csv: CardText;
    readonly xlsx: CardText;
    readonly cite: CardText;
    readonly releaseChanges: CardText;
    readonly feed: CardText;
    readonly apiDocs: CardText;
    readonly openapi: CardText;
    readonly embed: CardText;
    readonly demo: CardText;
    /** The widgets' docs, for the version served. */
    readonly widgetDocs: (version: string) => CardText;
    readonly studio: CardText;
  };
  readonly embedTitle: string;
}

const en: LandingTexts = {
  title: 'Soft Connectivity Observatory — China’s standards-cooperation agreements',
  description:
    "China's technical-standards cooperation agreements, with their sources: live figures, map, timeline, data downloads and API.",
  eyebrow: "China's technical-standards cooperation agreements",
  heading: 'Who signs standards agreements with China, and what they commit to',
  lede: 'Memoranda of understanding, cooperation agreements, joint initiatives and mutual recognition of standards, each with its sources. Does this web of agreements pull partners towards international standards, or towards a China-centred regime? Every figure is given as a range: verified agreements only, then with single-source ones, then all.',
  releaseLine: (release, day) => markup`Figures from release <strong>${release}</strong>, published ${day}.`,
  noRelease: 'No release published yet.',
  map: {
    title: 'Partners on the map',
    intro:
      'Countries shaded by their agreements; regional and international organisations beside the map. Choose a partner (click, or arrow keys and Enter) to see its profile.',
    profile: 'Partner profile',
    placeholder: 'Choose a partner on the map to see its profile here.',
  },
  timeline: {
    title: 'Agreements over time',
    intro:
      'Agreements signed each year and their running total, against the official tallies. Agreements known only to the year count in that year; undated ones are shown apart.',
  },
  breakdownTitle: 'What kind of agreements, and with whom',
  softHard: {
    title:
      'In which countries did standards agreements follow Chinese investment, and how strong is the association?',
    intro: (indicator, rows) =>
      markup`Each partner country in the China Global Investment Tracker (deals of USD 100 million or more since 2005) as a point: Chinese investment and construction across, on a log scale, its standards agreements up. Spearman's rank correlation says how strongly the two go together, with a bootstrap interval and a permutation p-value; the sequence says where the first agreement came after the first large deal. An association is not a cause, and the size of the partner economy is not controlled for. Every figure at every verification level, with the sequence and the quadrants, is at ${indicator}; the investment rows at ${rows} (CSV and XLSX too).`,
  },
  patchwork: {
    title: 'One programme, or a patchwork? Who signs with whom',
    intro: (indicator) =>
      markup`Chinese signatory bodies and their partner bodies, a line per pair and scope, thicker for more agreements. Concentration by year, the multilateral share and the counts by body are at ${indicator}.`,
  },
  agreements: { title: 'Every agreement', intro: 'Sort, filter and open each agreement’s sources.' },
  dataTitle: 'Data and API',
  noDownloads: 'No release has been published yet: the downloads appear with the first one.',
  cards: {
    datapackage: (release) => ({
      title: 'Data package (zip)',
      text: `Release ${release}: every table as CSV, its Frictionless datapackage.json and SHA256SUMS.`,
    }),
    csv: { title: 'Agreements as CSV', text: 'One row per agreement, every field (UTF-8, RFC 4180).' },
    xlsx: {
      title: 'Agreements as XLSX',
      text: 'The same rows for spreadsheets, with a sheet that names the release and how to cite it.',
    },
    cite: { title: 'How to cite', text: 'A citation of this release, with a permalink (also BibTeX, RIS).' },
    releaseChanges: {
      title: 'What this release changed',
      text: 'Its notes, counts and the records it added or changed.',
    },
    feed: { title: 'Atom feed', text: 'New releases and the agreements they add.' },
    apiDocs: {
      title: 'API reference',
      text: 'Every /v1 route, with its parameters and answers, to try in the browser.',
    },
    openapi: {
      title: 'OpenAPI document',
      text: 'OpenAPI 3.1, for generating clients: the same schemas validate every request.',
    },
    embed: {
      title: 'Embed builder',
      text: 'Choose a widget and its options, see it live, copy one script tag and one element.',
    },
    demo: {
      title: 'Demo partner page',
      text: 'Widgets on a page with its own fonts, styles and a strict Content-Security-Policy.',
    },
    widgetDocs: (version) => ({
      title: 'Widget docs',
      text: `Every attribute, event, part and custom property of the widgets ${version}.`,
    }),
    studio: {
      title: 'Brief studio',
      text: 'PDF policy briefs from the live data, in English, French and Chinese.',
    },
  },
  embedTitle: 'Use the figures elsewhere',
};

const fr: LandingTexts = {
  title:
    'Observatoire de la connectivité douce — les accords de coopération de la Chine en matière de normes',
  description:
    'Les accords de coopération de la Chine en matière de normes techniques, avec leurs sources\u00a0: chiffres en direct, carte, chronologie, téléchargement des données et API.',
  eyebrow: 'Les accords de coopération de la Chine en matière de normes techniques',
  heading: 'Qui signe des accords de normalisation avec la Chine, et à quoi ils s’engagent',
  lede: 'Protocoles d’accord, accords de coopération, initiatives conjointes et reconnaissance mutuelle de normes, chacun avec ses sources. Ce réseau d’accords rapproche-t-il les partenaires des normes internationales, ou d’un régime centré sur la Chine\u202f? Chaque chiffre est donné sous forme de fourchette\u00a0: les accords vérifiés seulement, puis avec ceux à source unique, puis tous.',
  releaseLine: (release, day) =>
    markup`Chiffres de la version <strong>${release}</strong> des données, publiée le ${day}.`,
  noRelease: 'Aucune version des données n’est encore publiée.',
  map: {
    title: 'Les partenaires sur la carte',
    intro:
      'Les pays sont colorés selon leurs accords\u202f; les organisations régionales et internationales figurent à côté de la carte. Choisissez un partenaire (d’un clic, ou avec les flèches et Entrée) pour voir son profil.',
    profile: 'Profil du partenaire',
    placeholder: 'Choisissez un partenaire sur la carte pour voir son profil ici.',
  },
  timeline: {
    title: 'Les accords au fil du temps',
    intro:
      'Les accords signés chaque année et leur total cumulé, face aux décomptes officiels. Un accord connu seulement à l’année compte dans cette année\u202f; les accords non datés sont présentés à part.',
  },
  breakdownTitle: 'Quels accords, et avec qui',
  softHard: {
    title:
      'Dans quels pays les accords de normalisation ont-ils suivi les investissements chinois, et quelle est la force de ce lien\u202f?',
    intro: (indicator, rows) =>
      markup`Chaque pays partenaire du China Global Investment Tracker (transactions d’au moins 100 millions USD depuis 2005) est un point\u00a0: en abscisse, les investissements et contrats de construction chinois, sur une échelle logarithmique\u202f; en ordonnée, ses accords de normalisation. La corrélation de rang de Spearman dit à quel point les deux vont ensemble, avec un intervalle par bootstrap et une valeur p par permutation\u202f; la séquence indique où le premier accord est venu après la première grosse transaction. Une association n’est pas une cause, et la taille de l’économie partenaire n’est pas prise en compte. Tous les chiffres, à chaque niveau de vérification, avec la séquence et les quadrants, sont à ${indicator}\u202f; les données d’investissement à ${rows} (aussi en CSV et XLSX).`,
  },
  patchwork: {
    title: 'Un programme, ou une mosaïque\u202f? Qui signe avec qui',
    intro: (indicator) =>
      markup`Les organismes chinois signataires et leurs homologues, une ligne par paire et par domaine, plus épaisse quand les accords sont plus nombreux. La concentration par année, la part multilatérale et les décomptes par organisme sont à ${indicator}.`,
  },
  agreements: {
    title: 'Tous les accords',
    intro: 'Triez, filtrez et ouvrez les sources de chaque accord.',
  },
  dataTitle: 'Données et API',
  noDownloads:
    'Aucune version des données n’est encore publiée\u00a0: les téléchargements apparaîtront avec la première.',
  cards: {
    datapackage: (release) => ({
      title: 'Paquet de données (zip)',
      text: `Version ${release}\u00a0: chaque table en CSV, son datapackage.json Frictionless et SHA256SUMS.`,
    }),
    csv: { title: 'Les accords en CSV', text: 'Une ligne par accord, tous les champs (UTF-8, RFC 4180).' },
    xlsx: {
      title: 'Les accords en XLSX',
      text: 'Les mêmes lignes pour les tableurs, avec une feuille qui nomme la version et indique comment la citer.',
    },
    cite: {
      title: 'Comment citer',
      text: 'Une citation de cette version, avec un lien permanent (aussi en BibTeX et RIS).',
    },
    releaseChanges: {
      title: 'Ce que cette version a changé',
      text: 'Ses notes, ses décomptes et les accords qu’elle a ajoutés ou modifiés.',
    },
    feed: { title: 'Flux Atom', text: 'Les nouvelles versions et les accords qu’elles ajoutent.' },
    apiDocs: {
      title: 'Référence de l’API',
      text: 'Chaque route /v1, avec ses paramètres et ses réponses, à essayer dans le navigateur.',
    },
    openapi: {
      title: 'Document OpenAPI',
      text: 'OpenAPI 3.1, pour générer des clients\u00a0: les mêmes schémas valident chaque requête.',
    },
    embed: {
      title: 'Générateur d’intégration',
      text: 'Choisissez un widget et ses options, voyez-le en direct, copiez une balise script et un élément.',
    },
    demo: {
      title: 'Page partenaire de démonstration',
      text: 'Des widgets sur une page qui a ses propres polices, ses styles et une Content-Security-Policy stricte.',
    },
    widgetDocs: (version) => ({
      title: 'Documentation des widgets',
      text: `Chaque attribut, événement, partie et propriété personnalisée des widgets ${version}.`,
    }),
    studio: {
      title: 'Atelier des notes',
      text: 'Des notes de synthèse en PDF tirées des données en direct, en anglais, en français et en chinois.',
    },
  },
  embedTitle: 'Utiliser les chiffres ailleurs',
};

const zh: LandingTexts = {
  title: '软联通观察——中国的标准化合作协议',
  description: '中国的技术标准合作协议及其来源：实时数字、地图、时间线、数据下载和 API。',
  eyebrow: '中国的技术标准合作协议',
  heading: '谁与中国签署标准合作协议，承诺了什么',
  lede: '谅解备忘录、合作协议、联合倡议和标准互认，每项均附来源。这张协议网络是把合作方引向国际标准，还是引向以中国为中心的体系？每个数字都以区间给出：仅计已核实的协议，再加单一来源的协议，最后计入全部协议。',
  releaseLine: (release, day) => markup`数字来自数据版本 <strong>${release}</strong>，发布于 ${day}。`,
  noRelease: '尚未发布任何数据版本。',
  map: {
    title: '合作方地图',
    intro:
      '各国按协议数着色，区域和国际组织列在地图旁。选择一个合作方（点击，或用方向键和回车键）即可查看其概况。',
    profile: '合作方概况',
    placeholder: '在地图上选择一个合作方，其概况将显示在这里。',
  },
  timeline: {
    title: '协议的时间分布',
    intro: '每年签署的协议及其累计总数，并与官方统计对照。只知年份的协议计入该年；无日期的协议单独列出。',
  },
  breakdownTitle: '哪些类型的协议，与谁签署',
  softHard: {
    title: '在哪些国家，标准协议跟随了中国投资？两者关联有多强？',
    intro: (indicator, rows) =>
      markup`中国全球投资追踪（China Global Investment Tracker，2005 年以来 1 亿美元及以上的交易）中的每个合作国为一个点：横轴为中国的投资和工程承包额（对数刻度），纵轴为该国的标准协议数。斯皮尔曼秩相关系数表示两者关联的强弱，并附自助法区间和置换检验 p 值；先后顺序显示首份协议在哪些国家晚于首笔大额交易。关联不等于因果，且未控制合作方的经济规模。各核实程度下的全部数字以及先后顺序和象限见 ${indicator}；投资数据见 ${rows}（也有 CSV 和 XLSX 格式）。`,
  },
  patchwork: {
    title: '统一的计划，还是拼凑而成？谁与谁签署',
    intro: (indicator) =>
      markup`中方签署机构及其合作机构，每对机构每个领域一条线，协议越多线越粗。按年的集中度、多边协议占比和各机构的协议数见 ${indicator}。`,
  },
  agreements: { title: '全部协议', intro: '可排序、筛选，并查看每项协议的来源。' },
  dataTitle: '数据和 API',
  noDownloads: '尚未发布任何数据版本：首个版本发布后即可下载。',
  cards: {
    datapackage: (release) => ({
      title: '数据包（zip）',
      text: `数据版本 ${release}：所有数据表的 CSV 文件、Frictionless 格式的 datapackage.json 和 SHA256SUMS。`,
    }),
    csv: { title: '协议 CSV 文件', text: '每项协议一行，包含全部字段（UTF-8，RFC 4180）。' },
    xlsx: { title: '协议 XLSX 文件', text: '供电子表格使用的相同数据，另有一页注明数据版本和引用方式。' },
    cite: { title: '引用方式', text: '本数据版本的引用格式，附永久链接（另有 BibTeX、RIS 格式）。' },
    releaseChanges: { title: '本版本的变化', text: '版本说明、统计数字，以及新增或修改的记录。' },
    feed: { title: 'Atom 订阅', text: '新的数据版本及其新增的协议。' },
    apiDocs: { title: 'API 参考', text: '每个 /v1 路由及其参数和响应，可在浏览器中试用。' },
    openapi: { title: 'OpenAPI 文档', text: 'OpenAPI 3.1，用于生成客户端：每个请求都由同一套模式校验。' },
    embed: { title: '嵌入生成器', text: '选择组件及其选项，实时预览，复制一个 script 标签和一个元素即可。' },
    demo: { title: '合作方示例页面', text: '组件嵌入在一个使用自有字体、样式和严格内容安全策略的页面中。' },
    widgetDocs: (version) => ({
      title: '组件文档',
      text: `组件 ${version} 的全部属性、事件、部件（part）和 CSS 自定义属性。`,
    }),
    studio: { title: '简报工作室', text: '根据实时数据生成 PDF 政策简报，提供英文、法文和中文版本。' },
  },
  embedTitle: '在其他网站使用这些数字',
};

const TEXTS: Readonly<Record<Lang, LandingTexts>> = { en, fr, zh };

export function landingTextsFor(lang: Lang): LandingTexts {
  return TEXTS[lang];
}
