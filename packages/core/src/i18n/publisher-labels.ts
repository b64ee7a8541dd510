/**
 * French and Chinese labels of the publishers the data describes in English ("Khovar (Tajik state news
 * agency)", "LINK mailing list"): the name stays, the description is translated. A publisher that is a name
 * only ("Saudi Gazette", "Arab News (SPA)") has no label and is printed as written.
 */
export const PUBLISHER_LABELS: Readonly<Record<string, readonly [fr: string, zh: string]>> = {
  'ANBA (Brazil-Arab News Agency)': [
    'ANBA (agence de presse Brésil-pays arabes)',
    'ANBA（巴西—阿拉伯通讯社）',
  ],
  'Al Alam Al Youm via Masress': ['Al Alam Al Youm, par Masress', 'Al Alam Al Youm（经 Masress 转载）'],
  'AsiaOne (China Daily content)': ['AsiaOne (article de China Daily)', 'AsiaOne（《中国日报》稿件）'],
  'Australian Government, Department of Industry, Science and Resources': [
    'Gouvernement australien, ministère de l’Industrie, des Sciences et des Ressources',
    '澳大利亚政府工业、科学和资源部',
  ],
  'CRI Guangxi (Guangxi Daily)': ['CRI Guangxi (Guangxi Daily)', '国际在线广西频道（广西日报）'],
  'ECNS (China News Service)': ['ECNS (agence China News Service)', '中国新闻网（中国新闻社）'],
  "Economic and Commercial Office of the Embassy of the People's Republic of China in the Arab Republic of Egypt":
    [
      'Bureau économique et commercial de l’ambassade de la République populaire de Chine en République arabe d’Égypte',
      '中华人民共和国驻阿拉伯埃及共和国大使馆经济商务处',
    ],
  'IPSARD (Viet Nam Ministry of Agriculture institute)': [
    'IPSARD (institut du ministère vietnamien de l’Agriculture)',
    'IPSARD（越南农业部下属研究院）',
  ],
  'InDiCo project (EU)': ['Projet InDiCo (UE)', 'InDiCo 项目（欧盟）'],
  'Khovar (Tajik state news agency)': [
    'Khovar (agence de presse d’État du Tadjikistan)',
    'Khovar（塔吉克斯坦国家通讯社）',
  ],
  'LINK mailing list': ['Liste de diffusion LINK', 'LINK 邮件列表'],
  'Metrcons (Russian consultancy)': ['Metrcons (cabinet de conseil russe)', 'Metrcons（俄罗斯咨询公司）'],
  "Ministry of Foreign Affairs of the People's Republic of China": [
    'Ministère des Affaires étrangères de la République populaire de Chine',
    '中华人民共和国外交部',
  ],
  'NUS Centre for International Law': [
    'Centre de droit international de l’Université nationale de Singapour (NUS)',
    '新加坡国立大学国际法中心',
  ],
  "People's Daily Online (Xinhua)": ['Quotidien du peuple en ligne (Xinhua)', '人民网（新华社）'],
  'SESEC (EU standardization expert in China)': [
    'SESEC (expert européen de la normalisation en Chine)',
    'SESEC（欧盟驻华标准化专家）',
  ],
  'Sina Finance (Xinhua)': ['Sina Finance (Xinhua)', '新浪财经（新华社）'],
  'Sino-German standards portal': ['Portail sino-allemand de la normalisation', '中德标准化合作门户网站'],
  'Sino-German standards portal (DIN)': [
    'Portail sino-allemand de la normalisation (DIN)',
    '中德标准化合作门户网站（DIN）',
  ],
  'State Council Information Office (Xinhua)': [
    'Bureau d’information du Conseil des affaires d’État (Xinhua)',
    '国务院新闻办公室（新华社）',
  ],
  'Sunrise (Uganda)': ['Sunrise (Ouganda)', 'Sunrise（乌干达）'],
  'Supreme Court of the Philippines E-Library': [
    'Bibliothèque numérique de la Cour suprême des Philippines',
    '菲律宾最高法院电子图书馆',
  ],
  'The Independent (Uganda)': ['The Independent (Ouganda)', 'The Independent（乌干达）'],
  'The Nation (Thailand)': ['The Nation (Thaïlande)', 'The Nation（泰国）'],
  'The News (Lahore)': ['The News (Lahore)', 'The News（拉合尔）'],
  'journal abstract (CNKI-indexed news item)': [
    'Résumé de revue (brève indexée par CNKI)',
    '期刊摘要（中国知网收录的新闻）',
  ],
  'ybzhan.cn (instrument industry news)': [
    'ybzhan.cn (actualités de l’industrie des instruments)',
    'ybzhan.cn（仪器仪表行业资讯）',
  ],
};
