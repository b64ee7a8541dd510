import type { Messages } from './messages.js';

export const zh: Messages = {
  locale: 'zh-CN',
  observatory: '软联通观察',
  briefKind: '政策简报',

  titles: {
    overview: '中国标准化合作协议：全球概览',
    partner: (partner) => `中国与${partner}的标准化合作`,
    region: (region) => `中国标准化合作协议：${region}`,
    sector: (sector) => `中国标准化合作协议（领域）：${sector}`,
  },
  subtitles: {
    overview:
      '协议数量、合作对象与协议类型——这些协议是推动合作方向国际标准靠拢，还是走向以中国为中心的标准体系？',
    partner: '合作协议、协议沿革、已编码条款及其文献来源',
    region: '与该区域合作方签署的协议、协议类型与领域及其来源',
    sector: '涉及国际标准分类（ICS）某一大类的协议',
  },
  keywords: ['技术标准', '标准化', '中国', '一带一路', '国际合作'],

  cover: {
    release: '数据版本',
    published: '发布日期',
    generated: '生成日期',
    language: '语言',
    languageName: '中文',
    keyFindings: '要点',
    rangeNote: '各项数值均以区间表示：下限仅计经官方来源或两个独立来源核实的协议，上限计入全部已记录协议。',
  },
  contents: '目录',
  pageOf: { before: '第 ', middle: ' 页，共 ', after: ' 页' },
  runningRelease: (release) => `数据版本 ${release}`,

  sections: {
    headline: '主要数据',
    timeline: '协议的时间分布与官方统计',
    overTime: '协议的时间分布',
    geography: '合作方分布',
    breakdowns: '协议类型、区域与领域',
    typesRegions: '协议类型与区域',
    typesSectors: '协议类型与领域',
    convergence: '趋同还是分化？',
    notable: '重点协议',
    profile: '概况',
    agreements: '协议',
    lineage: '协议沿革',
    provisions: '已编码条款',
    partners: '合作方',
    methodology: '研究方法',
    notes: '来源与注释',
    about: '关于本简报',
  },

  captions: {
    figure: (n) => `图 ${n}`,
    table: (n) => `表 ${n}`,
    source: (release) => `来源：软联通观察，数据版本 ${release}。`,
    sources: (other, release) => `来源：${other}；软联通观察，数据版本 ${release}。`,
    headlineFigures: '主要数据及其在不同核实程度下的区间',
    headlineTable: '各指标分别按已核实协议、已核实及单一来源协议、全部协议计算',
    timeline: '逐年累计签署的协议数量与官方统计对照',
    timelineAlone: '逐年累计签署的协议数量',
    tallies: '官方累计统计及本数据集记录的对应协议',
    byType: '按类型划分的协议',
    byRegion: '按合作方所在区域划分的协议',
    bySector: '按领域（ICS 大类）划分的协议',
    convergenceByRegion: '按合作方所在区域划分的趋同平衡指数',
    notable: '重点协议',
    partnerAgreements: '协议（按时间先后）',
    partnerIndicators: '与该合作方所签协议的各项指标',
    partnerProfile: '合作方概况',
    partnerInstitutions: '合作机构',
    provisionMatrix: '协议中已编码的条款',
    partners: '合作方及其协议',
    agreementsList: '协议（按时间先后）',
  },

  alt: {
    headlineFigures: (agreements, partners) =>
      `主要数据：与 ${partners} 个合作方签署的 ${agreements} 项协议，各项数值附不同核实程度下的区间。`,
    timeline: (first, last, total, withTallies) =>
      `折线图：${first}年至${last}年累计协议数量，最终达到 ${total} 项${withTallies ? '，并标出官方统计' : ''}。`,
    breakdown: (dimension, top) => `条形图：按${dimension}划分的协议；数量最多的一组为${top}。`,
    partnerProfile: (partner, agreements) => `${partner}概况：${agreements} 项协议。`,
  },

  columns: {
    indicator: '指标',
    verified: '已核实',
    verifiedSingle: '加单一来源',
    all: '全部',
    range: '区间',
    date: '签署日期',
    title: '协议',
    partners: '合作方',
    partner: '合作方',
    type: '类型',
    scope: '范围',
    verification: '核实程度',
    sources: '来源',
    asOf: '截至',
    claimant: '发布方',
    claimedDocuments: '公布文件数',
    claimedPartners: '公布合作方数',
    documented: '本数据集记录',
    coverage: '覆盖率',
    provision: '条款',
    coded: '出现于',
    region: '区域',
    count: '协议数',
    first: '首份协议',
    latest: '最新协议',
    institution: '机构',
    originalName: '原文名称',
    kind: '类别',
  },

  text: {
    labelled: (label, value) => `${label}：${value}`,
    headlineIntro: (agreements, partners, release) =>
      `数据版本 ${release} 共记录标准化范围内的技术标准合作协议 ${agreements} 项，涉及合作方 ${partners} 个。`,
    rangeExplained:
      '每项数值均计算三次：仅计已核实协议（有官方来源或两个独立来源），计入已核实及单一来源协议，以及计入全部已记录协议。三者不同时，本简报给出区间。',
    timelineIntro: (claimant, date, claimed, documented) =>
      `${claimant}于${date}公布的最新官方统计称共有 ${claimed} 份文件；本数据集记录了截至该日期签署的 ${documented} 项。`,
    timelineNoTally: '本数据版本未收录官方累计统计。',
    timelineFiltered: '官方统计涵盖全部协议，而非某一区域或领域的协议，因此此处不作对照。',
    geographyIntro: (partners, regions) =>
      regions > 1
        ? `协议涉及 ${regions} 个区域的 ${partners} 个合作国家和组织。`
        : `协议涉及 ${partners} 个合作国家和组织。`,
    breakdownsIntro: '一项协议在其所属的每个分组中各计一次：合作方分属两个区域的多边倡议在两个区域均计入。',
    convergenceIntro: (balance, anchored, recognition) =>
      `趋同平衡指数为 ${balance}：${anchored} 项协议以国际或区域标准化工作为基础，另有 ${recognition} 项仅涉及标准的互认或采用。`,
    convergenceReading:
      '该指数介于 −1（所有此类协议均仅涉及标准的互认或采用，趋向以中国为中心的体系）与 +1（所有协议均以国际标准为基础，趋向趋同）之间。',
    notableIntro: '已核实协议中编码为“有”的条款最多者，其次为最近签署者。',
    partnerIntro: (partner, count, first, latest) =>
      first === latest
        ? `本数据集记录了与${partner}签署的 ${count} 项协议（${first}）。`
        : `本数据集记录了与${partner}签署的 ${count} 项协议，时间跨度为${first}至${latest}。`,
    partnerNoDates: (partner, count) => `本数据集记录了与${partner}签署的 ${count} 项协议。`,
    partnerRegion: (region) => `所在区域：${region}。`,
    partnerOrganisation: '该合作方为区域或国际组织。',
    partnerAdjacent: (count) => `其中 ${count} 项属于相关领域（计量、认可、合格评定等），不计入主要数据。`,
    lineageIntro: '各协议之间的续签、延长、取代或落实关系。',
    lineageNone: '与该合作方的协议之间没有续签、延长、取代或落实关系。',
    relationNote: '说明：',
    provisionsIntro: '每项条款均依据协议文本或引用该文本的来源编码为“有”或“无”，并引用作为依据的段落。',
    provisionsNone: '这些协议尚未进行条款编码。',
    provisionPresent: '有',
    provisionAbsent: '无',
    provisionNotCoded: '未编码',
    evidence: '依据',
    filteredIntro: (subject, agreements, partners) =>
      `就${subject}而言，本数据集记录了标准化范围内的协议 ${agreements} 项，涉及合作方 ${partners} 个。`,
    partnersIntro: (count) => `${count} 个合作方，按协议数量排列。`,
    noAgreements: '本数据版本在此项下未记录任何协议。',
    undated: '日期不详',
    inferred: '推定',
    titlesNote:
      '协议名称除来源给出的中文原名外，均为软联通观察的译名，并非正式名称；括号内为来源给出的原文名称。',
    withOthers: (count) => `另有 ${count} 个合作方`,
    andMore: (count) => `及其他 ${count} 个`,
    methodologyData:
      '本观察站收录中国与其他国家以及区域和国际组织签署的技术标准合作协议，逐项记录其签约方、日期、类型、范围、领域、已编码条款、协议沿革及来源。',
    methodologyVerification:
      '已核实：有官方来源或两个独立来源证实。单一来源：仅有一个非官方来源。未核实：有报道，尚未证实。',
    methodologyScope:
      '主要数据仅统计标准化范围内的协议；计量、认可、合格评定、检验以及交通运输证书互认方面的协议有记录，但不计入。',
    methodologyDates:
      '日期保留来源所给的精度（日、月或年），不会把年份推定为具体日期。无日期的协议计入总数，但无法按时间定位。',
    methodologyTallies:
      '官方统计是中国主管部门在特定日期公布的数字，单独列为一个序列，并与本数据集的记录对照。',
    methodologyRules: '协议与合作方的计数规则',
    methodologyIndicators: '本简报使用的指标',
    notesIntro: '所引用的全部来源及其最近一次查阅日期。',
    accessed: (date) => `查阅于${date}。`,
    aboutRelease: (release, published) => `本简报依据数据版本 ${release}（发布于${published}）编制。`,
    aboutQuery: '生成本简报的查询：',
    aboutGenerated: (date) => `生成日期：${date}。`,
    aboutLicence: '数据采用知识共享署名 4.0 许可协议（CC BY 4.0）。',
    aboutCitation: (release, year) =>
      `引用格式：软联通观察（${year}），《中国技术标准合作协议》，数据版本 ${release}。`,
    chartUnavailable: '图表无法显示：本软件副本未构建图表组件。',
    findingAgreements: (agreements, partners) =>
      `已记录标准化范围内的协议 ${agreements} 项，涉及合作方 ${partners} 个。`,
    findingCoverage: (tally, claimed, share) =>
      `${tally}的官方统计称共有 ${claimed} 份文件，本数据集记录了其中的 ${share}。`,
    findingConvergence: (balance) => `趋同平衡指数为 ${balance}（取值范围 −1 至 +1）。`,
    findingBri: (share) => `${share}的协议以“一带一路”为框架。`,
  },
};
