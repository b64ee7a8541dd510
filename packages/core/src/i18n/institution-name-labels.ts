/**
 * The French and Chinese names of the institutions, keyed by the data's English name (`name_en`): the name in
 * established use in that language where there is one (the official French names of international bodies, the
 * names Chinese authorities use for their counterparts), else the Observatory's translation, not an official
 * name. `null` where the institution's own name is the name in that language: `name_original` where the data
 * records it (a Chinese body's Chinese name, a French or Spanish body's own name), else the English name of a
 * body whose own name is English. The bodies the sources do not name are described in `data-labels.ts`.
 * A changed English name falls out of its labels, and the briefs' `data-labels` test then fails.
 */
export const INSTITUTION_NAME_LABELS: Readonly<
  Record<string, readonly [fr: string | null, zh: string | null]>
> = {
  // International and regional bodies.
  'African Electrotechnical Standardization Commission': [null, '非洲电工标准化委员会'],
  'African Organisation for Standardisation': [null, '非洲标准化组织'],
  'African Union Commission': ['Commission de l’Union africaine', '非洲联盟委员会'],
  'European Committee for Standardization and European Committee for Electrotechnical Standardization': [
    null,
    '欧洲标准化委员会/欧洲电工标准化委员会',
  ],
  'European Commission': ['Commission européenne', '欧盟委员会'],
  'European Free Trade Association': ['Association européenne de libre-échange', '欧洲自由贸易联盟'],
  'European Telecommunications Standards Institute': [
    'Institut européen des normes de télécommunication',
    '欧洲电信标准化协会',
  ],
  'GCC Standardization Organization': [
    'Organisation de normalisation du Conseil de coopération du Golfe',
    '海湾合作委员会标准化组织',
  ],
  'Governments of the Member States of ASEAN': [
    'Gouvernements des États membres de l’ASEAN',
    '东盟成员国政府',
  ],
  'Institute of Electrical and Electronics Engineers': [null, '电气与电子工程师协会'],
  'International Organization for Standardization': [null, '国际标准化组织'],
  'International Telecommunication Union': [null, '国际电信联盟'],
  'United Nations Economic and Social Commission for Asia and the Pacific': [
    'Commission économique et sociale des Nations unies pour l’Asie et le Pacifique',
    '联合国亚洲及太平洋经济社会委员会',
  ],
  'United Nations Industrial Development Organization': [
    'Organisation des Nations unies pour le développement industriel',
    '联合国工业发展组织',
  ],
  // Chinese bodies: their Chinese names are their own.
  'General Administration of Quality Supervision, Inspection and Quarantine': [
    'Administration générale du contrôle de la qualité, de l’inspection et de la quarantaine',
    null,
  ],
  'ASEAN Standardization Research Center (Guangxi)': [
    'Centre de recherche sur la normalisation pour l’ASEAN (Guangxi)',
    null,
  ],
  'Civil Aviation Administration of China': ['Administration de l’aviation civile de Chine', null],
  'China Academy of Information and Communications Technology': [
    'Académie chinoise des technologies de l’information et de la communication',
    null,
  ],
  'China Automotive Technology and Research Center': [
    'Centre chinois de technologie et de recherche automobiles',
    null,
  ],
  'China Certification & Inspection Group': ['Groupe chinois de certification et d’inspection', null],
  'China Communications Standards Association': ['Association chinoise des normes de communication', null],
  'South Asian Standardization (Chengdu) Research Centre': [
    'Centre de recherche sur la normalisation pour l’Asie du Sud (Chengdu)',
    null,
  ],
  "Maritime Safety Administration of the People's Republic of China": [
    'Administration de la sécurité maritime de la République populaire de Chine',
    null,
  ],
  'China-Russia Civil Aircraft Standards Coordination Working Group (Chinese side)': [
    'Groupe de travail sino-russe de coordination des normes des aéronefs civils (partie chinoise)',
    '中俄民机标准协调工作组（中方）',
  ],
  'China-Russia Civil Aircraft Standards Coordination Working Group (Russian side)': [
    'Groupe de travail sino-russe de coordination des normes des aéronefs civils (partie russe)',
    '中俄民机标准协调工作组（俄方）',
  ],
  'China National Accreditation Service for Conformity Assessment': [
    'Service national chinois d’accréditation pour l’évaluation de la conformité',
    null,
  ],
  "Certification and Accreditation Administration of the People's Republic of China": [
    'Administration de la certification et de l’accréditation de la République populaire de Chine',
    null,
  ],
  'China National Institute of Standardization': ['Institut national de normalisation de Chine', null],
  'China Quality Certification Centre': ['Centre chinois de certification de la qualité', null],
  'State Bureau of Technical Supervision': ['Bureau d’État de la supervision technique', null],
  "General Administration of Customs of the People's Republic of China": [
    'Administration générale des douanes de la République populaire de Chine',
    null,
  ],
  'Guangxi Institute of Metrology and Test': ['Institut de métrologie et d’essais du Guangxi', null],
  'Guangxi standards institute (rendered as Guangxi Institute of Standards, Metrology and Quality)': [
    'Institut de normalisation du Guangxi',
    null,
  ],
  'Inner Mongolia Autonomous Region Bureau of Quality and Technical Supervision': [
    'Bureau de la qualité et de la supervision technique de la région autonome de Mongolie-Intérieure',
    null,
  ],
  'Research Institute of Standards and Norms, Ministry of Housing and Urban-Rural Development': [
    'Institut de recherche sur les normes et les barèmes, ministère du Logement et du Développement urbain et rural',
    null,
  ],
  'National Institute of Metrology, China': ['Institut national de métrologie (Chine)', null],
  "Government of the People's Republic of China": ['Gouvernement de la République populaire de Chine', null],
  "Qingdao Municipal People's Government": ['Gouvernement populaire de la municipalité de Qingdao', null],
  "Standardization Administration of the People's Republic of China": [
    'Administration de normalisation de la République populaire de Chine',
    null,
  ],
  'State Administration for Market Regulation': ['Administration d’État de régulation du marché', null],
  'Shaanxi Institute of Metrology Science': ['Institut des sciences métrologiques du Shaanxi', null],
  'Shanghai Institute of Quality and Standardization': [
    'Institut de la qualité et de la normalisation de Shanghai',
    null,
  ],
  'Telecommunication Terminal Industry Forum': [
    'Forum de l’industrie des terminaux de télécommunication',
    null,
  ],
  // Partner bodies.
  'Brazilian Association of Technical Standards': [null, '巴西技术标准协会'],
  'Spanish Association for Standardization and Certification': [null, '西班牙标准化与认证协会'],
  'French Standardization Association': [null, '法国标准化协会'],
  'American National Standards Institute': [null, '美国国家标准学会'],
  'Association of Radio Industries and Businesses': [
    'Association des industries et entreprises de radiocommunication',
    '日本无线工业及商贸联合会',
  ],
  'ASTM International': [null, '美国材料与试验协会'],
  'National Standards Commission (Australia)': ['National Standards Commission (Australie)', null],
  'Austrian Standards International': [null, '奥地利标准协会'],
  'State Committee for Standardization, Metrology and Patents of the Republic of Azerbaijan': [
    null,
    '阿塞拜疆共和国标准化、计量和专利国家委员会',
  ],
  'Belarusian State Accreditation Center': [
    'Centre national d’accréditation de Biélorussie',
    '白俄罗斯国家认可中心',
  ],
  'National Agency for Standardization, Metrology and Quality Control of Benin': [
    null,
    '贝宁国家标准化、计量和质量控制局',
  ],
  'British Standards Institution': [null, '英国标准协会'],
  'National Standardization Agency of Indonesia': [null, '印度尼西亚国家标准化局'],
  'Ministry of Science, Technology and Environment of Cuba': [null, '古巴科学技术与环境部'],
  'German Institute for Standardization': [null, '德国标准化学会'],
  'Ministry of Trade and Industry of Egypt': [
    'Ministère du Commerce et de l’Industrie d’Égypte',
    '埃及贸易和工业部',
  ],
  'Ente Nazionale Meccanizzazione Agricola': [null, '意大利国家农业机械化协会'],
  'Enterprise Singapore': ['Enterprise Singapore', null],
  'Egyptian Organization for Standardization and Quality': [
    'Organisation égyptienne de normalisation et de qualité',
    '埃及标准化与质量组织',
  ],
  'State Committee for Standardization of the Republic of Belarus': [
    'Comité d’État de normalisation de la République de Biélorussie',
    '白俄罗斯共和国国家标准化委员会',
  ],
  'Government of Hungary (Government Commissioner Péter Szijjártó)': [
    'Gouvernement de la Hongrie (commissaire du gouvernement Péter Szijjártó)',
    '匈牙利政府（政府专员西雅尔多·彼得）',
  ],
  'National Institute of Metrology, Quality and Technology': [null, '巴西国家计量、质量和技术研究院'],
  'Institute of Standards and Industrial Research of Iran': [
    'Institut de normalisation et de recherche industrielle d’Iran',
    '伊朗标准与工业研究院',
  ],
  'Ministry of Infrastructure and Transport of Italy (Directorate-General for port authorities)': [
    'Ministère des Infrastructures et des Transports d’Italie (direction générale des autorités portuaires)',
    '意大利基础设施和交通部（港口管理总局）',
  ],
  'Maritime authority of Jordan (signed by the Embassy of Jordan)': [
    'Autorité maritime de Jordanie (signature de l’ambassade de Jordanie)',
    '约旦海事主管机构（由约旦大使馆签署）',
  ],
  'Government of Japan': ['Gouvernement du Japon', '日本国政府'],
  'Ministry of Economy, Trade and Industry of Japan': [
    'Ministère de l’Économie, du Commerce et de l’Industrie du Japon',
    '日本经济产业省',
  ],
  'Department of Standards Malaysia': [null, '马来西亚标准局'],
  'National Accreditation Committee of Indonesia': [null, '印度尼西亚国家认可委员会'],
  'Korean Agency for Technology and Standards': [
    'Agence coréenne de technologie et de normalisation',
    '韩国技术标准院',
  ],
  'Korea Research Institute of Standards and Science': [
    'Institut coréen de recherche sur les étalons et la science',
    '韩国标准科学研究院',
  ],
  'Kenya National Accreditation Service': [null, '肯尼亚国家认可服务局'],
  'Ministry of Industry and Handicraft of Cambodia': [
    'Ministère de l’Industrie et de l’Artisanat du Cambodge',
    '柬埔寨工业和手工业部',
  ],
  'National Measurement Center of Cambodia': [
    'Centre national de métrologie du Cambodge',
    '柬埔寨国家计量中心',
  ],
  'Government of the Republic of Korea': ['Gouvernement de la République de Corée', '大韩民国政府'],
  'Government of Ukraine': ['Gouvernement de l’Ukraine', '乌克兰政府'],
  'NMi Certin': [null, '荷兰 NMi 认证机构'],
  'Belarusian State Institute of Metrology': [
    'Institut national de métrologie de Biélorussie',
    '白俄罗斯国家计量研究院',
  ],
  'Physikalisch-Technische Bundesanstalt': [null, '德国联邦物理技术研究院'],
  'Federal Institute of Metrology': ['Institut fédéral de métrologie', '瑞士联邦计量研究院'],
  'Industrial Advancement Administration': ['Administration de la promotion industrielle', '韩国工业振兴厅'],
  'Ministry of Trade, Industry and Energy': [
    'Ministère du Commerce, de l’Industrie et de l’Énergie',
    '韩国产业通商资源部',
  ],
  'Ministry of Trade and Integration of Kazakhstan (Technical Regulation and Metrology Committee)': [
    'Ministère du Commerce et de l’Intégration du Kazakhstan (Comité de réglementation technique et de métrologie)',
    '哈萨克斯坦贸易和一体化部（技术监管和计量委员会）',
  ],
  'Ministry of Industry and Commerce of Laos / National Standards Council': [
    'Ministère de l’Industrie et du Commerce du Laos / Conseil national des normes',
    '老挝工业和贸易部/国家标准委员会',
  ],
  'Department of Standardization and Metrology, Ministry of Industry and Commerce of Laos': [
    'Département de la normalisation et de la métrologie, ministère de l’Industrie et du Commerce du Laos',
    '老挝工业和贸易部标准化和计量司',
  ],
  "Sri Lanka standards body (source: 'Sri Lanka Bureau of Standards')": [
    'Organisme de normalisation du Sri Lanka («\u00a0Bureau des normes du Sri Lanka\u00a0» dans la source)',
    '斯里兰卡标准化机构（来源称“斯里兰卡标准局”）',
  ],
  'Luxembourg Maritime Affairs (Ministry of the Economy)': [null, '卢森堡海事专员署（经济部）'],
  'Mongolian Agency for Standardization and Metrology': [
    'Agence mongole de normalisation et de métrologie',
    '蒙古国标准化与计量局',
  ],
  'Department of Agricultural Research, Ministry of Agriculture, Livestock and Irrigation of Myanmar': [
    'Département de la recherche agricole, ministère de l’Agriculture, de l’Élevage et de l’Irrigation du Myanmar',
    null,
  ],
  'Ministry of Economic Development of the Maldives': [
    'Ministère du Développement économique des Maldives',
    '马尔代夫经济发展部',
  ],
  'Secretariat of Economy of Mexico': [null, '墨西哥经济部'],
  'Nigerien Agency for Standardization, Metrology and Certification': [null, '尼日尔标准化、计量和认证局'],
  'National Institute of Metrology (Thailand)': [
    'Institut national de métrologie (Thaïlande)',
    '泰国国家计量院',
  ],
  'National Institute of Standards and Technology': [null, '美国国家标准与技术研究院'],
  'National Measurement Institute, Australia': [null, '澳大利亚国家计量院'],
  'National standardization agency of Peru (as named in the source; presumably INACAL)': [
    'Agence nationale de normalisation du Pérou (ainsi nommée dans la source\u202f; sans doute l’INACAL)',
    '秘鲁国家标准化机构（来源所称；推测为 INACAL）',
  ],
  'Department of Trade and Industry of the Philippines': [null, '菲律宾贸易和工业部'],
  'Institute of Quality & Technology Management, University of the Punjab': [
    null,
    '旁遮普大学质量与技术管理研究所',
  ],
  'Pakistan Standards and Quality Control Authority': [null, '巴基斯坦标准与质量控制局'],
  'Federal Air Transport Agency': ['Agence fédérale du transport aérien (Russie)', '俄罗斯联邦航空运输署'],
  'Federal Agency on Technical Regulating and Metrology': [
    'Agence fédérale de réglementation technique et de métrologie (Russie)',
    '俄罗斯联邦技术调节与计量署',
  ],
  'Federal Accreditation Service': ['Service fédéral d’accréditation (Russie)', '俄罗斯联邦认可局'],
  'Saudi Standards, Metrology and Quality Organization': [
    'Organisation saoudienne de normalisation, de métrologie et de qualité',
    '沙特标准、计量和质量组织',
  ],
  'Maritime and Port Authority of Singapore': [null, '新加坡海事及港务管理局'],
  'Swedish Institute for Standards': [null, '瑞典标准协会'],
  'Standards Organisation of Nigeria': [null, '尼日利亚标准组织'],
  'Standards, Productivity and Innovation Board (SPRING Singapore)': [
    null,
    '新加坡标准、生产力与创新局（SPRING Singapore）',
  ],
  'Sudanese Standards and Metrology Organization': [
    'Organisation soudanaise de normalisation et de métrologie',
    '苏丹标准与计量组织',
  ],
  'Directorate for Standards, Metrology and Quality of Viet Nam': [null, '越南标准计量质量总局'],
  'Standards Australia': [null, '澳大利亚标准协会'],
  'Standards New Zealand': [null, '新西兰标准局'],
  'Swiss-Chinese economic association (as named in the source)': [
    'Association économique sino-suisse (ainsi nommée dans la source)',
    null,
  ],
  'Agency for Standardization, Metrology, Certification and Trade Inspection of Tajikistan': [
    'Agence de normalisation, de métrologie, de certification et d’inspection commerciale du Tadjikistan',
    '塔吉克斯坦标准化、计量、认证和贸易检查署',
  ],
  'Undersecretariat for Foreign Trade, Prime Ministry of Turkey': [null, '土耳其总理府外贸署'],
  'Telecommunications Technology Association': [
    'Association des technologies de télécommunication (Corée)',
    '韩国电信技术协会',
  ],
  'Telecommunication Technology Committee': [
    'Comité des technologies de télécommunication (Japon)',
    '日本情报通信技术委员会',
  ],
  "State Standards Center of the Main State Service 'Turkmenstandartlary'": [
    null,
    '土库曼斯坦国家标准总局国家标准中心',
  ],
  'Underwriters Laboratories': [null, '美国保险商实验室'],
  'Uganda National Bureau of Standards': [null, '乌干达国家标准局'],
  'Spanish Association for Standardization': [null, '西班牙标准化协会'],
  'Italian Standardization Body': [null, '意大利标准化协会'],
  'United States Consumer Product Safety Commission': [null, '美国消费品安全委员会'],
  'United States Department of Commerce': [null, '美国商务部'],
  'Federal Aviation Administration': [null, '美国联邦航空管理局'],
  'Uzbekistan Accreditation Center': [null, '乌兹别克斯坦认可中心'],
  'Institute of Technical Regulation and Standardization, Ministry of Construction, Housing and Communal Services of Uzbekistan':
    [
      'Institut de réglementation technique et de normalisation, ministère de la Construction, du Logement et des Services communaux d’Ouzbékistan',
      null,
    ],
  'Republican Center for Testing and Certification (under Uzstandard)': [
    'Centre républicain d’essais et de certification (rattaché à l’Uzstandard)',
    '共和国检测与认证中心（隶属乌兹别克斯坦标准局）',
  ],
  'Uzbek Agency for Technical Regulation': [null, '乌兹别克斯坦技术监管局'],
  'Vietnam Metrology Institute': [null, '越南计量院'],
  'Ministry of Industry and Trade of Viet Nam': [null, '越南工贸部'],
  'Zambia Metrology Agency': [null, '赞比亚计量局'],
  'Central Research Institute of Communications': [
    'Institut central de recherche sur les communications (Russie)',
    '俄罗斯中央通信科学研究院',
  ],
};
