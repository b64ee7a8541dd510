/**
 * The French and Chinese titles of the agreements, keyed by the data's English title (`title_en`): the
 * Observatory's translations of it, not official titles. `null` where the source gives the title in that
 * language (`title_original`, language `fr` or `zh`), which is used as it is. A changed English title falls out of
 * its translations, and the briefs' `data-labels` test then fails until they are made again.
 */
export const AGREEMENT_TITLE_LABELS: Readonly<
  Record<string, readonly [fr: string | null, zh: string | null]>
> = {
  'First cooperation agreement between the Chinese national standards body and DIN': [
    'Premier accord de coopération entre l’organisme national chinois de normalisation et le DIN',
    '中国国家标准化机构与 DIN 的首份合作协议',
  ],
  "Arrangement for Scientific and Technical Cooperation in Standardization, Metrology, and Quality Certification between the Industrial Advancement Administration of the Republic of Korea and the State Bureau of Technical Supervision of the People's Republic of China":
    [
      'Arrangement de coopération scientifique et technique dans les domaines de la normalisation, de la métrologie et de la certification de la qualité entre l’Administration de la promotion industrielle de la République de Corée et le Bureau d’État de la supervision technique de la République populaire de Chine',
      '大韩民国工业振兴厅与中华人民共和国国家技术监督局关于标准化、计量和质量认证领域科学技术合作的安排',
    ],
  'AQSIQ-CITMA agreement on scientific and technological cooperation in quality supervision, inspection and quarantine':
    [
      'Accord AQSIQ-CITMA de coopération scientifique et technologique en matière de supervision de la qualité, d’inspection et de quarantaine',
      '国家质检总局与古巴科技环境部关于质量监督检验检疫科学技术合作的协议',
    ],
  "Cooperation agreement on standardization between SAC and Niger's Agency for Standardization, Metrology and Certification (ANMC)":
    [null, '国家标准委与尼日尔标准化、计量和认证局（ANMC）标准化合作协议'],
  "Cooperation agreement on standardization between SAMR/SAC and Benin's National Agency for Standardization, Metrology and Quality Control (ANM)":
    [null, '市场监管总局/国家标准委与贝宁国家标准化、计量和质量控制局（ANM）标准化合作协议'],
  'SAC-ANSI Memorandum of Understanding (2002 version)': [
    'Protocole d’accord SAC-ANSI (version de 2002)',
    '国家标准委与 ANSI 谅解备忘录（2002 年版）',
  ],
  'CNCA-SPRING Singapore MoU on product certification': [
    'Protocole d’accord CNCA-SPRING Singapore sur la certification des produits',
    '国家认监委与新加坡标准、生产力与创新局产品认证谅解备忘录',
  ],
  'SAC-BSI Joint Cooperation Agreement on Standardization': [
    'Accord conjoint de coopération SAC-BSI en matière de normalisation',
    '国家标准委与 BSI 标准化联合合作协议',
  ],
  'SAC-ASTM International Memorandum of Understanding': [
    'Protocole d’accord SAC-ASTM International',
    '国家标准委与 ASTM 国际谅解备忘录',
  ],
  'Protocol establishing a consultation and cooperation mechanism on the quality and safety of industrial products between the Turkish Undersecretariat for Foreign Trade and AQSIQ':
    [
      'Protocole établissant un mécanisme de consultation et de coopération sur la qualité et la sécurité des produits industriels entre le sous-secrétariat turc au Commerce extérieur et l’AQSIQ',
      '土耳其外贸副国务秘书处与国家质检总局关于建立工业产品质量安全磋商与合作机制的议定书',
    ],
  'China-US Consumer Product Safety Action Plan (AQSIQ and CPSC)': [
    'Plan d’action sino-américain sur la sécurité des produits de consommation (AQSIQ et CPSC)',
    null,
  ],
  'China-US Standards Portal agreement': [
    'Accord sino-américain sur le portail des normes',
    '中美标准门户网站协议',
  ],
  'MoU on administrative cooperation arrangements between AQSIQ and the European Commission (DG Health and Consumer Protection)':
    [
      'Protocole d’accord sur les modalités de coopération administrative entre l’AQSIQ et la Commission européenne (DG Santé et protection des consommateurs)',
      '国家质检总局与欧盟委员会（健康与消费者保护总司）关于行政合作安排的谅解备忘录',
    ],
  'SAC-DIN cooperation agreement': ['Accord de coopération SAC-DIN', '国家标准委与 DIN 合作协议'],
  'Memorandum of Agreement between the Philippine DTI and AQSIQ on cooperation of industrial products safety and TBT measures':
    [
      'Mémorandum d’accord entre le DTI philippin et l’AQSIQ sur la coopération en matière de sécurité des produits industriels et de mesures OTC',
      '菲律宾贸工部与国家质检总局关于工业产品安全和技术性贸易壁垒措施合作的协议备忘录',
    ],
  'SAC-Standards Australia standards cooperation agreement': [
    'Accord de coopération en matière de normes SAC-Standards Australia',
    '国家标准委与澳大利亚标准协会标准合作协议',
  ],
  'SAC-Singapore standardization cooperation agreement (2008)': [
    'Accord de coopération en normalisation SAC-Singapour (2008)',
    '国家标准委与新加坡标准化合作协议（2008 年）',
  ],
  'China-UK Standards Portal agreement': [
    'Accord sino-britannique sur le portail des normes',
    '中英标准门户网站协议',
  ],
  'Australia-New Zealand-China Standards Portal agreement': [
    'Accord Australie-Nouvelle-Zélande-Chine sur le portail des normes',
    '澳大利亚—新西兰—中国标准门户网站协议',
  ],
  'CNCA-ANSI Memorandum of Understanding on cooperation in conformity assessment': [
    'Protocole d’accord CNCA-ANSI sur la coopération en matière d’évaluation de la conformité',
    '国家认监委与 ANSI 合格评定合作谅解备忘录',
  ],
  'Protocol between the US Department of Commerce and AQSIQ on cooperation in metrology, standards and conformity assessment':
    [
      'Protocole entre le département du Commerce des États-Unis et l’AQSIQ sur la coopération en matière de métrologie, de normes et d’évaluation de la conformité',
      '美国商务部与国家质检总局关于计量、标准和合格评定合作的议定书',
    ],
  'Cooperation Agreement between SAC and CEN, CENELEC and ETSI': [
    'Accord de coopération entre la SAC et le CEN, le CENELEC et l’ETSI',
    '国家标准委与 CEN、CENELEC 和 ETSI 合作协议',
  ],
  'MoU on pre-shipment inspection of Chinese industrial products exported to Egypt': [
    'Protocole d’accord sur l’inspection avant expédition des produits industriels chinois exportés vers l’Égypte',
    '关于输埃及中国工业产品装运前检验的谅解备忘录',
  ],
  'MoU on conformity-assessment cooperation between CNAS and KAN (Indonesia)': [
    'Protocole d’accord sur la coopération en matière d’évaluation de la conformité entre le CNAS et le KAN (Indonésie)',
    '中国合格评定国家认可委员会与 KAN（印度尼西亚）合格评定合作谅解备忘录',
  ],
  'MoU between the Governments of ASEAN Member States and China on strengthening cooperation in the field of standards, technical regulations and conformity assessment':
    [
      'Protocole d’accord entre les gouvernements des États membres de l’ASEAN et la Chine sur le renforcement de la coopération dans le domaine des normes, des règlements techniques et de l’évaluation de la conformité',
      '东盟成员国政府与中国关于加强标准、技术法规和合格评定领域合作的谅解备忘录',
    ],
  'China-Viet Nam standards cooperation memorandum between a Guangxi standards institute and STAMEQ': [
    'Mémorandum de coopération sino-vietnamien en matière de normes entre un institut de normalisation du Guangxi et la STAMEQ',
    null,
  ],
  'Memorandum of cooperation on the China-EU/EFTA Standardization Information Platform': [
    'Mémorandum de coopération sur la plateforme d’information sur la normalisation Chine-UE/AELE',
    null,
  ],
  'China-Japan-Korea Joint Statement on Standardization Cooperation': [
    'Déclaration conjointe Chine-Japon-Corée sur la coopération en matière de normalisation',
    '中日韩标准化合作联合声明',
  ],
  'Signature launching the China-Japan-Korea director-general-level standards consultative body': [
    'Signature lançant l’organe consultatif Chine-Japon-Corée sur les normes au niveau des directeurs généraux',
    '中日韩司局级标准磋商机构启动签署',
  ],
  'AQSIQ-Inmetro MoU on product safety': [
    'Protocole d’accord AQSIQ-Inmetro sur la sécurité des produits',
    '国家质检总局与巴西国家计量、质量和技术研究院产品安全谅解备忘录',
  ],
  'Metrology cooperation instrument between Inmetro and NIM (China)': [
    'Instrument de coopération en métrologie entre l’Inmetro et le NIM (Chine)',
    '巴西国家计量、质量和技术研究院与中国计量科学研究院计量合作文件',
  ],
  'Renewed AQSIQ-Inmetro MoU on product safety': [
    'Protocole d’accord AQSIQ-Inmetro renouvelé sur la sécurité des produits',
    '续签的国家质检总局与巴西国家计量、质量和技术研究院产品安全谅解备忘录',
  ],
  'Renewed memorandum of understanding between NIM (China) and Inmetro': [
    'Protocole d’accord renouvelé entre le NIM (Chine) et l’Inmetro',
    '续签的中国计量科学研究院与巴西国家计量、质量和技术研究院谅解备忘录',
  ],
  'Memorandum of Understanding regarding conformity assessment cooperation between SAMR and Kyrgyzstan': [
    'Protocole d’accord relatif à la coopération en matière d’évaluation de la conformité entre la SAMR et le Kirghizistan',
    '市场监管总局与吉尔吉斯斯坦关于合格评定合作的谅解备忘录',
  ],
  'CCSA-IEEE collaboration agreement': [
    'Accord de collaboration CCSA-IEEE',
    '中国通信标准化协会与 IEEE 合作协议',
  ],
  'Tripartite Statement of Intent on standards collaboration between ANSI, NIST and SAC': [
    'Déclaration d’intention tripartite sur la collaboration en matière de normes entre l’ANSI, le NIST et la SAC',
    'ANSI、NIST 与国家标准委关于标准合作的三方意向声明',
  ],
  'MoU between ITU, ARIB, CCSA, TTA and TTC': [
    'Protocole d’accord entre l’UIT, l’ARIB, la CCSA, la TTA et le TTC',
    '国际电信联盟、ARIB、中国通信标准化协会、TTA 与 TTC 谅解备忘录',
  ],
  'Revised China-Sweden agreement on the translation and distribution of standards (SAC-SIS)': [
    'Accord sino-suédois révisé sur la traduction et la diffusion des normes (SAC-SIS)',
    '经修订的中国—瑞典标准翻译和发行协议（国家标准委与 SIS）',
  ],
  'Extension of the SAC-DIN cooperation agreement': [
    'Prolongation de l’accord de coopération SAC-DIN',
    '国家标准委与 DIN 合作协议的延期',
  ],
  'MoU establishing the Sino-French Standardization Cooperation Commission': [
    'Protocole d’accord portant création de la Commission sino-française de coopération en normalisation',
    '关于成立中法标准化合作委员会的谅解备忘录',
  ],
  'Document on establishing an AQSIQ inspection and testing laboratory in Budapest': [
    'Document sur la création d’un laboratoire d’inspection et d’essais de l’AQSIQ à Budapest',
    '关于在布达佩斯设立国家质检总局检验检测实验室的文件',
  ],
  'MoU on the mutual recognition of voluntary standards for business and industry between AQSIQ, SAC and BSI':
    [
      'Protocole d’accord sur la reconnaissance mutuelle des normes volontaires pour les entreprises et l’industrie entre l’AQSIQ, la SAC et le BSI',
      '国家质检总局、国家标准委与 BSI 关于工商业自愿性标准互认的谅解备忘录',
    ],
  'SAC-Singapore standardization cooperation agreement (2014)': [
    'Accord de coopération en normalisation SAC-Singapour (2014)',
    '国家标准委与新加坡标准化合作协议（2014 年）',
  ],
  'AQSIQ-AFNOR cooperation agreement on international standardization activities': [
    'Accord de coopération AQSIQ-AFNOR sur les activités de normalisation internationale',
    '国家质检总局与 AFNOR 国际标准化活动合作协议',
  ],
  'SAC-DIN distribution agreement for DIN standards in China': [
    'Accord de distribution SAC-DIN pour les normes DIN en Chine',
    '国家标准委与 DIN 关于 DIN 标准在华发行的协议',
  ],
  'MoU on technological cooperation in standardization between SAC and the Secretariat of Economy of Mexico':
    [
      'Protocole d’accord sur la coopération technologique en normalisation entre la SAC et le Secrétariat à l’Économie du Mexique',
      '国家标准委与墨西哥经济部关于标准化技术合作的谅解备忘录',
    ],
  'SAC-CEN letter of intent on cooperation': [
    'Lettre d’intention de coopération SAC-CEN',
    '国家标准委与 CEN 合作意向书',
  ],
  'SAC-CENELEC letter of intent on cooperation': [
    'Lettre d’intention de coopération SAC-CENELEC',
    '国家标准委与 CENELEC 合作意向书',
  ],
  'Standardization cooperation agreement with the Mongolian Agency for Standardization and Metrology': [
    'Accord de coopération en normalisation avec l’Agence mongole de normalisation et de métrologie',
    '与蒙古国标准计量局的标准化合作协议',
  ],
  'SAC-GSO Memorandum of Understanding on standardization': [
    'Protocole d’accord SAC-GSO sur la normalisation',
    '国家标准委与 GSO 标准化谅解备忘录',
  ],
  'MoU on metrology cooperation between NIM (China) and the National Measurement Center of Cambodia': [
    'Protocole d’accord sur la coopération en métrologie entre le NIM (Chine) et le Centre national de métrologie du Cambodge',
    '中国计量科学研究院与柬埔寨国家计量中心计量合作谅解备忘录',
  ],
  'Cooperation agreement in standardization between SAC and the State Committee for Standardization of Belarus':
    [
      'Accord de coopération en normalisation entre la SAC et le Comité d’État de normalisation de Biélorussie',
      '国家标准委与白俄罗斯国家标准化委员会标准化合作协议',
    ],
  'MoU on cooperation in legal metrology between AQSIQ and the Korean Ministry of Trade, Industry and Energy':
    [
      'Protocole d’accord sur la coopération en métrologie légale entre l’AQSIQ et le ministère coréen du Commerce, de l’Industrie et de l’Énergie',
      '国家质检总局与韩国产业通商资源部法制计量合作谅解备忘录',
    ],
  'SAC-AFNOR bilateral agreement on the possible mutual recognition of national standards': [
    'Accord bilatéral SAC-AFNOR sur la reconnaissance mutuelle possible des normes nationales',
    '国家标准委与 AFNOR 关于国家标准可能互认的双边协议',
  ],
  "Agreement on mutual recognition of seafarers' certificates of competency between China and Jordan": [
    'Accord de reconnaissance mutuelle des certificats d’aptitude des gens de mer entre la Chine et la Jordanie',
    '中国与约旦海员适任证书互认协议',
  ],
  'Saudi-Chinese MoU on cooperation on product quality control, supervision, testing and quarantine': [
    'Protocole d’accord saoudo-chinois de coopération en matière de contrôle de la qualité des produits, de surveillance, d’essais et de quarantaine',
    '沙特与中国关于产品质量控制、监督、检测和检疫合作的谅解备忘录',
  ],
  'Cooperation programme between SAC and the Saudi Standards, Metrology and Quality Organization': [
    'Programme de coopération entre la SAC et l’Organisation saoudienne de normalisation, de métrologie et de qualité',
    '国家标准委与沙特标准计量质量组织合作计划',
  ],
  'SAC standardization cooperation agreement with Albania (39th ISO General Assembly)': [
    'Accord de coopération en normalisation de la SAC avec l’Albanie (39e Assemblée générale de l’ISO)',
    '国家标准委与阿尔巴尼亚标准化合作协议（第 39 届 ISO 大会）',
  ],
  'SAC standardization cooperation agreement with Cambodia (39th ISO General Assembly)': [
    'Accord de coopération en normalisation de la SAC avec le Cambodge (39e Assemblée générale de l’ISO)',
    '国家标准委与柬埔寨标准化合作协议（第 39 届 ISO 大会）',
  ],
  'Revised Cooperation Agreement between CEN, CENELEC and SAC': [
    'Accord de coopération révisé entre le CEN, le CENELEC et la SAC',
    '经修订的 CEN、CENELEC 与国家标准委合作协议',
  ],
  'SAC-Rosstandart MoU on cooperation in standardization': [
    'Protocole d’accord SAC-Rosstandart sur la coopération en normalisation',
    '国家标准委与俄罗斯联邦技术调节与计量局标准化合作谅解备忘录',
  ],
  'SAC standardization cooperation agreement with Turkey (39th ISO General Assembly)': [
    'Accord de coopération en normalisation de la SAC avec la Turquie (39e Assemblée générale de l’ISO)',
    '国家标准委与土耳其标准化合作协议（第 39 届 ISO 大会）',
  ],
  'China-Cambodia MoU on cooperation in metrology (AQSIQ and the Ministry of Industry and Handicraft)': [
    'Protocole d’accord sino-cambodgien sur la coopération en métrologie (AQSIQ et ministère de l’Industrie et de l’Artisanat)',
    null,
  ],
  'SAC-AFNOR letter of intent on the industry of the future': [
    'Lettre d’intention SAC-AFNOR sur l’industrie du futur',
    '国家标准委与 AFNOR 关于未来工业的意向书',
  ],
  'MoU on technical regulation, metrology, standardization and conformity assessment between AQSIQ and Azerbaijan':
    [
      'Protocole d’accord sur la réglementation technique, la métrologie, la normalisation et l’évaluation de la conformité entre l’AQSIQ et l’Azerbaïdjan',
      '国家质检总局与阿塞拜疆关于技术法规、计量、标准化和合格评定的谅解备忘录',
    ],
  'AQSIQ-Ukraine cooperation agreement on national quality infrastructure': [
    'Accord de coopération AQSIQ-Ukraine sur l’infrastructure nationale de la qualité',
    '国家质检总局与乌克兰国家质量基础设施合作协议',
  ],
  'AQSIQ-UNIDO cooperation agreement on national quality infrastructure': [
    'Accord de coopération AQSIQ-ONUDI sur l’infrastructure nationale de la qualité',
    '国家质检总局与联合国工业发展组织国家质量基础设施合作协议',
  ],
  'Joint Initiative on Strengthening Standards Cooperation to Promote the Belt and Road': [
    'Initiative conjointe sur le renforcement de la coopération en matière de normes pour promouvoir la Ceinture et la Route',
    null,
  ],
  'SAC-BSI memorandum on graphene standardization cooperation': [
    'Mémorandum SAC-BSI sur la coopération en normalisation du graphène',
    null,
  ],
  'Updated SAC-ANSI Memorandum of Understanding': [
    'Protocole d’accord SAC-ANSI mis à jour',
    '国家标准委与 ANSI 谅解备忘录（更新版）',
  ],
  'SAC-ANSI twinning agreement for the secretariat of ISO/TC 301 Energy management and energy savings': [
    'Accord de jumelage SAC-ANSI pour le secrétariat de l’ISO/TC 301 Management de l’énergie et économies d’énergie',
    '国家标准委与 ANSI 关于 ISO/TC 301 能源管理和节能秘书处的结对协议',
  ],
  'MoU between CNAS and the Russian Federal Accreditation Service': [
    'Protocole d’accord entre le CNAS et le Service fédéral d’accréditation de Russie',
    '中国合格评定国家认可委员会与俄罗斯联邦认可局谅解备忘录',
  ],
  'CAAC-FAA Implementation Procedures for Airworthiness': [
    'Procédures de mise en œuvre CAAC-FAA relatives à la navigabilité',
    null,
  ],
  "MoU on standardization cooperation between the ASEAN Standardization Research Center (Guangxi) and Myanmar's Department of Agricultural Research":
    [
      'Protocole d’accord sur la coopération en normalisation entre le Centre de recherche sur la normalisation de l’ASEAN (Guangxi) et le département de la Recherche agricole du Myanmar',
      '东盟标准化研究中心（广西）与缅甸农业研究司标准化合作谅解备忘录',
    ],
  'Renewed cooperation agreement between SAC and Austrian Standards International': [
    'Accord de coopération renouvelé entre la SAC et Austrian Standards International',
    '国家标准委与奥地利标准协会续签的合作协议',
  ],
  'SAC-Singapore standardization cooperation agreement (2018)': [
    'Accord de coopération en normalisation SAC-Singapour (2018)',
    '国家标准委与新加坡标准化合作协议（2018 年）',
  ],
  'Renewed AQSIQ/SAC-AFNOR cooperation agreement': [
    'Accord de coopération AQSIQ/SAC-AFNOR renouvelé',
    '国家质检总局/国家标准委与 AFNOR 续签的合作协议',
  ],
  'Agreement on the recognition of certificates of competency for Chinese seafarers between China and Luxembourg':
    [
      'Accord sur la reconnaissance des certificats d’aptitude des gens de mer chinois entre la Chine et le Luxembourg',
      '中国与卢森堡关于承认中国海员适任证书的协议',
    ],
  'MoU on standards cooperation between UL and the Shanghai Institute of Quality and Standardization': [
    'Protocole d’accord sur la coopération en matière de normes entre UL et l’Institut de la qualité et de la normalisation de Shanghai',
    'UL 与上海市质量和标准化研究院标准合作谅解备忘录',
  ],
  'MoU between CATARC and the Republican Center for Testing and Certification of Uzbekistan': [
    'Protocole d’accord entre le CATARC et le Centre républicain d’essais et de certification d’Ouzbékistan',
    '中国汽车技术研究中心与乌兹别克斯坦共和国测试与认证中心谅解备忘录',
  ],
  'SAC standardization cooperation agreement with the Argentine national standardization body': [
    'Accord de coopération en normalisation de la SAC avec l’organisme national argentin de normalisation',
    null,
  ],
  'CNIS-ISIRI MoU on technical standards cooperation': [
    'Protocole d’accord CNIS-ISIRI sur la coopération en matière de normes techniques',
    '中国标准化研究院与 ISIRI 技术标准合作谅解备忘录',
  ],
  'Meeting minutes agreeing the text of a China-Mongolia metrology cooperation MoU': [
    'Procès-verbal de réunion arrêtant le texte d’un protocole d’accord sino-mongol de coopération en métrologie',
    null,
  ],
  'Beijing Declaration of the 39th ISO General Assembly (SAC and ISO)': [
    'Déclaration de Beijing de la 39e Assemblée générale de l’ISO (SAC et ISO)',
    null,
  ],
  'SAC-UNE Memorandum of Understanding on standardization cooperation': [
    'Protocole d’accord SAC-UNE sur la coopération en normalisation',
    '国家标准委与 UNE 标准化合作谅解备忘录',
  ],
  'Mutual Recognition Catalogue of China-Russia Civil Aircraft Standards': [
    'Catalogue de reconnaissance mutuelle des normes chinoises et russes relatives aux aéronefs civils',
    '中俄民用飞机标准互认目录',
  ],
  'Memorandum of agreement between CNCA, UN ESCAP and ENAMA': [
    'Mémorandum d’accord entre la CNCA, la CESAP des Nations unies et l’ENAMA',
    '国家认监委、联合国亚太经社会与 ENAMA 协议备忘录',
  ],
  'Action Plan (2019-2021) on the SAC-SASO Technical Cooperation Program': [
    'Plan d’action (2019-2021) relatif au programme de coopération technique SAC-SASO',
    '国家标准委与 SASO 技术合作计划的行动计划（2019—2021 年）',
  ],
  'SAC-BSI MoU on promoting the harmonisation of standards (renewal of the voluntary-standards recognition MoU)':
    [
      'Protocole d’accord SAC-BSI sur la promotion de l’harmonisation des normes (renouvellement du protocole d’accord sur la reconnaissance des normes volontaires)',
      null,
    ],
  'Revised airworthiness implementation procedures between CAAC and Rosaviatsia': [
    'Procédures de mise en œuvre révisées relatives à la navigabilité entre la CAAC et Rosaviatsia',
    '中国民航局与俄罗斯联邦航空运输署经修订的适航实施程序',
  ],
  'Tripartite MoU between CAICT, TAF and ZNIIS on testing, research and standards support': [
    'Protocole d’accord tripartite entre le CAICT, la TAF et le ZNIIS sur les essais, la recherche et l’appui aux normes',
    '中国信息通信研究院、TAF 与 ZNIIS 关于测试、研究和标准支持的三方谅解备忘录',
  ],
  'Cooperation agreement between CNAS and the Belarusian State Accreditation Center': [
    'Accord de coopération entre le CNAS et le Centre biélorusse d’accréditation d’État',
    null,
  ],
  'Cooperation agreement between the South Asian Standardization (Chengdu) Research Centre and the Institute of Quality & Technology Management, University of the Punjab':
    [
      'Accord de coopération entre le Centre de recherche sur la normalisation en Asie du Sud (Chengdu) et l’Institut de gestion de la qualité et de la technologie de l’université du Pendjab',
      '南亚标准化（成都）研究中心与旁遮普大学质量与技术管理研究所合作协议',
    ],
  'MoU on the promotion, acceptance and use of electronic certificates for seafarers and ships between China MSA and the Maritime and Port Authority of Singapore':
    [
      'Protocole d’accord sur la promotion, l’acceptation et l’utilisation des certificats électroniques des gens de mer et des navires entre la MSA chinoise et l’Autorité maritime et portuaire de Singapour',
      '中国海事局与新加坡海事及港务管理局关于推广、接受和使用船员及船舶电子证书的谅解备忘录',
    ],
  "MoU on mutual recognition of seafarers' certificates between China MSA and the Italian Ministry of Infrastructure and Transport":
    [
      'Protocole d’accord sur la reconnaissance mutuelle des certificats des gens de mer entre la MSA chinoise et le ministère italien des Infrastructures et des Transports',
      '中国海事局与意大利基础设施和交通部船员证书互认谅解备忘录',
    ],
  'SAC-ARSO Memorandum of Understanding on standardization cooperation': [
    'Protocole d’accord SAC-ARSO sur la coopération en normalisation',
    null,
  ],
  'CCSA-ETSI Cooperation Agreement': [
    'Accord de coopération CCSA-ETSI',
    '中国通信标准化协会与 ETSI 合作协议',
  ],
  'SAMR-African Union Commission Cooperation Plan in the field of quality infrastructure': [
    'Plan de coopération SAMR-Commission de l’Union africaine dans le domaine de l’infrastructure de la qualité',
    null,
  ],
  'SAC-PSQCA Memorandum of Understanding on standardisation cooperation': [
    'Protocole d’accord SAC-PSQCA sur la coopération en normalisation',
    '国家标准委与 PSQCA 标准化合作谅解备忘录',
  ],
  'SAC-UNI Memorandum of Understanding (framework cooperation agreement)': [
    'Protocole d’accord SAC-UNI (accord-cadre de coopération)',
    '国家标准委与 UNI 谅解备忘录（框架合作协议）',
  ],
  'Cooperation Agreement between CEN, CENELEC and SAC': [
    'Accord de coopération entre le CEN, le CENELEC et la SAC',
    'CEN、CENELEC 与国家标准委合作协议',
  ],
  'Renewal of the SAC-Enterprise Singapore MoU on standardisation cooperation': [
    'Renouvellement du protocole d’accord SAC-Enterprise Singapore sur la coopération en normalisation',
    null,
  ],
  "Renewed standardization cooperation MoU between the ASEAN Standardization Research Center (Guangxi) and Myanmar's Department of Agricultural Research":
    [
      'Protocole d’accord renouvelé de coopération en normalisation entre le Centre de recherche sur la normalisation de l’ASEAN (Guangxi) et le département de la Recherche agricole du Myanmar',
      '东盟标准化研究中心（广西）与缅甸农业研究司续签的标准化合作谅解备忘录',
    ],
  'Renewal of the SAC-SASO technical cooperation programme in standardization': [
    'Renouvellement du programme de coopération technique SAC-SASO en normalisation',
    '国家标准委与 SASO 标准化技术合作计划的续签',
  ],
  'SAC standardization cooperation agreement with Kazakhstan (2023)': [
    'Accord de coopération en normalisation de la SAC avec le Kazakhstan (2023)',
    '国家标准委与哈萨克斯坦标准化合作协议（2023 年）',
  ],
  'China-Russia agreement on mutual recognition of animal and vegetable oils and fats standards': [
    'Accord sino-russe de reconnaissance mutuelle des normes relatives aux huiles et graisses animales et végétales',
    '中俄动植物油脂标准互认协议',
  ],
  'SAMR-Viet Nam Ministry of Industry and Trade MoU on cooperation (market management)': [
    'Protocole d’accord de coopération entre la SAMR et le ministère de l’Industrie et du Commerce du Viêt Nam (gestion des marchés)',
    '市场监管总局与越南工贸部合作谅解备忘录（市场管理）',
  ],
  'SAC-AFSEC Memorandum of Understanding': ['Protocole d’accord SAC-AFSEC', '国家标准委与 AFSEC 谅解备忘录'],
  'Agreement on the collaboration with the International Standardization Training Base (Qingdao) between ISO, SAC and Qingdao Municipal Government':
    [
      'Accord de collaboration relatif à la Base internationale de formation à la normalisation (Qingdao) entre l’ISO, la SAC et le gouvernement municipal de Qingdao',
      '国际标准化组织、国家标准委与青岛市政府关于国际标准化培训基地（青岛）合作的协议',
    ],
  'Cooperation agreement between NIM (China) and Inmetro': [
    'Accord de coopération entre le NIM (Chine) et l’Inmetro',
    '中国计量科学研究院与巴西国家计量、质量和技术研究院合作协议',
  ],
  'China-Russia cooperation agreement on hydrogen-technology standardization': [
    'Accord de coopération sino-russe sur la normalisation des technologies de l’hydrogène',
    '中俄氢能技术标准化合作协议',
  ],
  'MoU on mutual recognition of conformity assessment results between CQC and the Sri Lanka standards body': [
    'Protocole d’accord sur la reconnaissance mutuelle des résultats d’évaluation de la conformité entre le CQC et l’organisme de normalisation du Sri Lanka',
    '中国质量认证中心与斯里兰卡标准化机构合格评定结果互认谅解备忘录',
  ],
  "MoU on cooperation in engineering construction standards between the MOHURD Research Institute of Standards and Norms and Uzbekistan's Institute of Technical Regulation and Standardization":
    [
      'Protocole d’accord sur la coopération en matière de normes de construction d’ouvrages entre l’Institut de recherche sur les normes et les règles du MOHURD et l’Institut de réglementation technique et de normalisation de l’Ouzbékistan',
      '住房和城乡建设部标准定额研究所与乌兹别克斯坦技术法规与标准化研究所工程建设标准合作谅解备忘录',
    ],
  'Memorandum of Understanding between the National Institute of Metrology of China and the Government of Australia, as represented by the National Measurement Institute (renewal)':
    [
      'Protocole d’accord entre l’Institut national de métrologie de Chine et le gouvernement de l’Australie, représenté par l’Institut national de mesure (renouvellement)',
      '中国计量科学研究院与以澳大利亚国家计量院为代表的澳大利亚政府谅解备忘录（续签）',
    ],
  'MoU on cooperation in metrology between Tajikstandart and the Shaanxi metrology institute': [
    'Protocole d’accord sur la coopération en métrologie entre Tajikstandart et l’institut de métrologie du Shaanxi',
    'Tajikstandart 与陕西计量研究机构计量合作谅解备忘录',
  ],
  'SAMR-Laos MoU on cooperation in standardization': [
    'Protocole d’accord SAMR-Laos sur la coopération en normalisation',
    '市场监管总局与老挝标准化合作谅解备忘录',
  ],
  'Renewal of the SAC-UNE Memorandum of Understanding': [
    'Renouvellement du protocole d’accord SAC-UNE',
    '国家标准委与 UNE 谅解备忘录的续签',
  ],
  'MoU on cooperation between SAMR (SAC) and the national standardization agency of Peru': [
    'Protocole d’accord de coopération entre la SAMR (SAC) et l’agence nationale de normalisation du Pérou',
    '市场监管总局（国家标准委）与秘鲁国家标准化机构合作谅解备忘录',
  ],
  'SAMR-BSN MoU on cooperation in conformity assessment': [
    'Protocole d’accord SAMR-BSN sur la coopération en matière d’évaluation de la conformité',
    '市场监管总局与 BSN 合格评定合作谅解备忘录',
  ],
  'Work plan under the MoU on cooperation in control and safety of mutually supplied goods (GACC and Kazakhstan)':
    [
      'Plan de travail au titre du protocole d’accord de coopération sur le contrôle et la sécurité des marchandises livrées réciproquement (GACC et Kazakhstan)',
      '关于相互供应货物监管和安全合作谅解备忘录下的工作计划（海关总署与哈萨克斯坦）',
    ],
  'Roadmap for developing cooperation and effectively implementing tasks (China-Uzbekistan engineering construction standards)':
    [
      'Feuille de route pour développer la coopération et mettre en œuvre efficacement les tâches (normes de construction d’ouvrages Chine-Ouzbékistan)',
      null,
    ],
  'MoU on enhancing cooperation in accreditation between CNAS and the Uzbekistan Accreditation Center': [
    'Protocole d’accord sur le renforcement de la coopération en matière d’accréditation entre le CNAS et le Centre d’accréditation d’Ouzbékistan',
    '中国合格评定国家认可委员会与乌兹别克斯坦认可中心关于加强认可合作的谅解备忘录',
  ],
  'Three SAMR-Uzbek Agency for Technical Regulation cooperation documents on product quality and safety regulation and standardization':
    [
      'Trois documents de coopération SAMR-Agence ouzbèke de réglementation technique sur la réglementation de la qualité et de la sécurité des produits et la normalisation',
      '市场监管总局与乌兹别克斯坦技术法规署关于产品质量安全监管和标准化的三份合作文件',
    ],
  'SAMR-Department of Standards Malaysia MoU on cooperation in standardisation': [
    'Protocole d’accord SAMR-Département des normes de Malaisie sur la coopération en normalisation',
    '市场监管总局与马来西亚标准局标准化合作谅解备忘录',
  ],
  'MoU on cooperation in standardization and metrology between the Shaanxi Institute of Metrology and Turkmenstandartlary':
    [
      'Protocole d’accord sur la coopération en normalisation et en métrologie entre l’Institut de métrologie du Shaanxi et Turkmenstandartlary',
      '陕西省计量研究院与 Turkmenstandartlary 标准化和计量合作谅解备忘录',
    ],
  'Renewed bilateral cooperation MoU between NIM (China) and the Vietnam Metrology Institute': [
    'Protocole d’accord de coopération bilatérale renouvelé entre le NIM (Chine) et l’Institut de métrologie du Viêt Nam',
    '中国计量科学研究院与越南计量院续签的双边合作谅解备忘录',
  ],
  'Renewed MoU on cooperation in metrology technology between NIM (China) and KRISS (Korea)': [
    'Protocole d’accord renouvelé sur la coopération en technologie métrologique entre le NIM (Chine) et le KRISS (Corée)',
    null,
  ],
  'MoU on technical cooperation in standards between China and the Egyptian Organization for Standardization and Quality':
    [
      'Protocole d’accord sur la coopération technique en matière de normes entre la Chine et l’Organisation égyptienne de normalisation et de qualité',
      '中国与埃及标准化和质量组织关于标准技术合作的谅解备忘录',
    ],
  'Qingdao Initiative on strengthening standardization cooperation among standardization institutions of SCO member states':
    [
      'Initiative de Qingdao pour renforcer la coopération en normalisation entre institutions de normalisation des États membres de l’OCS',
      '关于加强上合组织成员国标准化机构间标准化合作的青岛倡议',
    ],
  'MoU on metrology cooperation between NIM (China) and NIMT (Thailand)': [
    'Protocole d’accord sur la coopération en métrologie entre le NIM (Chine) et le NIMT (Thaïlande)',
    '中国计量科学研究院与 NIMT（泰国）计量合作谅解备忘录',
  ],
  'MoU on cooperation in standardisation and conformity assessment between CCIC and UNBS': [
    'Protocole d’accord sur la coopération en normalisation et en évaluation de la conformité entre le CCIC et l’UNBS',
    '中国检验认证集团与 UNBS 标准化和合格评定合作谅解备忘录',
  ],
  'Updated cooperation agreement in standardization between SAC and the State Committee for Standardization of Belarus':
    [
      'Accord de coopération en normalisation mis à jour entre la SAC et le Comité d’État de normalisation de Biélorussie',
      '国家标准委与白俄罗斯国家标准化委员会标准化合作协议（更新版）',
    ],
  'Early ABNT cooperation agreement with China (information exchange on product rules)': [
    'Ancien accord de coopération de l’ABNT avec la Chine (échange d’informations sur les règles applicables aux produits)',
    'ABNT 与中国的早期合作协议（产品规则信息交流）',
  ],
  'China-Australia MoU on metrology cooperation (AQSIQ Department of Metrology and the National Standards Commission)':
    [
      'Protocole d’accord sino-australien sur la coopération en métrologie (département de la Métrologie de l’AQSIQ et Commission nationale des normes)',
      '中澳计量合作谅解备忘录（国家质检总局计量司与国家标准委员会）',
    ],
  'AQSIQ-Rosstandart MoU on cooperation in metrology': [
    'Protocole d’accord AQSIQ-Rosstandart sur la coopération en métrologie',
    '国家质检总局与俄罗斯联邦技术调节与计量局计量合作谅解备忘录',
  ],
  'Standards-information friendly cooperation agreement between the ASEAN Standardization Research Center (Guangxi) and the standardization organization of Malaysia':
    [
      'Accord de coopération amicale sur l’information relative aux normes entre le Centre de recherche sur la normalisation de l’ASEAN (Guangxi) et l’organisme de normalisation de Malaisie',
      null,
    ],
  'Standards-information friendly cooperation agreement between the ASEAN Standardization Research Center (Guangxi) and the standardization organization of Viet Nam':
    [
      'Accord de coopération amicale sur l’information relative aux normes entre le Centre de recherche sur la normalisation de l’ASEAN (Guangxi) et l’organisme de normalisation du Viêt Nam',
      null,
    ],
  'MoU between ANSI and the Auto Standardization Research Institute of CATARC': [
    'Protocole d’accord entre l’ANSI et l’Institut de recherche sur la normalisation automobile du CATARC',
    'ANSI 与中国汽车技术研究中心汽车标准化研究所谅解备忘录',
  ],
  'Cooperation memorandum between CCIC and the Standards Organisation of Nigeria on combating counterfeit and substandard products':
    [
      'Mémorandum de coopération entre le CCIC et l’Organisation de normalisation du Nigeria sur la lutte contre les produits contrefaits et non conformes',
      '中国检验认证集团与尼日利亚标准组织关于打击假冒伪劣产品的合作备忘录',
    ],
  'Original cooperation agreement between China and Austrian Standards': [
    'Accord de coopération initial entre la Chine et Austrian Standards',
    '中国与奥地利标准协会最初的合作协议',
  ],
  'Standardization cooperation document with Costa Rica': [
    'Document de coopération en normalisation avec le Costa Rica',
    '与哥斯达黎加的标准化合作文件',
  ],
  "Agreement allowing registration of Chinese national (GB) standards in Russia's Federal Information Fund of Standards":
    [
      'Accord permettant l’enregistrement des normes nationales chinoises (GB) dans le Fonds fédéral d’information sur les normes de Russie',
      '允许中国国家标准（GB）在俄罗斯联邦标准信息基金登记的协议',
    ],
  'MoU between CNAS and the Kenya National Accreditation Service': [
    'Protocole d’accord entre le CNAS et le Service national d’accréditation du Kenya',
    '中国合格评定国家认可委员会与肯尼亚国家认可服务局谅解备忘录',
  ],
  'Programme for mutual recognition of the quality mark and certificate of conformity between SASO and CQC/AQSIQ':
    [
      'Programme de reconnaissance mutuelle de la marque de qualité et du certificat de conformité entre la SASO et le CQC/AQSIQ',
      'SASO 与中国质量认证中心/国家质检总局质量标志和合格证书互认计划',
    ],
  "MoU on jointly promoting Laos's metrology development between the Guangxi Institute of Metrology and Test and the Lao Ministry of Industry and Commerce":
    [
      'Protocole d’accord pour promouvoir conjointement le développement de la métrologie au Laos entre l’Institut de métrologie et d’essais du Guangxi et le ministère lao de l’Industrie et du Commerce',
      null,
    ],
  'Regional standardization exchange and cooperation MoU between the Inner Mongolia quality and technical supervision bureau and the Swiss-Chinese economic association':
    [
      'Protocole d’accord régional d’échanges et de coopération en normalisation entre le bureau de supervision de la qualité et de la technique de Mongolie-Intérieure et l’association économique sino-suisse',
      '内蒙古质量技术监督局与瑞中经济协会区域标准化交流合作谅解备忘录',
    ],
  'Regional standardization exchange and cooperation MoU between the Inner Mongolia quality and technical supervision bureau and the Spanish standardization association (UNE/AENOR)':
    [
      'Protocole d’accord régional d’échanges et de coopération en normalisation entre le bureau de supervision de la qualité et de la technique de Mongolie-Intérieure et l’association espagnole de normalisation (UNE/AENOR)',
      '内蒙古质量技术监督局与西班牙标准化协会（UNE/AENOR）区域标准化交流合作谅解备忘录',
    ],
  'Regional standardization exchange and cooperation MoU between the Inner Mongolia quality and technical supervision bureau and UNI (Italy)':
    [
      'Protocole d’accord régional d’échanges et de coopération en normalisation entre le bureau de supervision de la qualité et de la technique de Mongolie-Intérieure et l’UNI (Italie)',
      '内蒙古质量技术监督局与 UNI（意大利）区域标准化交流合作谅解备忘录',
    ],
  'First China-Zambia MoU on metrology technical cooperation (NIM and the Zambia Metrology Agency)': [
    'Premier protocole d’accord sino-zambien sur la coopération technique en métrologie (NIM et Agence zambienne de métrologie)',
    '首份中国—赞比亚计量技术合作谅解备忘录（中国计量科学研究院与赞比亚计量局）',
  ],
  'SAC-AENOR cooperation agreement on standardization': [
    'Accord de coopération SAC-AENOR en matière de normalisation',
    '国家标准委与 AENOR 标准化合作协议',
  ],
  'SAC-AENOR agreement on the exchange and sale of standards': [
    'Accord SAC-AENOR sur l’échange et la vente de normes',
    '国家标准委与 AENOR 关于标准交换与销售的协议',
  ],
  'SAC-BSI smart-city standardization cooperation framework': [
    'Cadre de coopération SAC-BSI en normalisation des villes intelligentes',
    null,
  ],
  'SAC-SASO technical cooperation programme (signed by Chen Gang and Nabil Molla)': [
    'Programme de coopération technique SAC-SASO (signé par Chen Gang et Nabil Molla)',
    '国家标准委与 SASO 技术合作计划（由 Chen Gang 与 Nabil Molla 签署）',
  ],
  'Proposed MoU between the Sri Lanka Standards Institution and SAC (Cabinet approval to sign)': [
    'Projet de protocole d’accord entre l’Institut de normalisation du Sri Lanka et la SAC (approbation du Conseil des ministres pour la signature)',
    '斯里兰卡标准协会与国家标准委拟签谅解备忘录（内阁批准签署）',
  ],
  'SAC-SSMO bilateral agreement': ['Accord bilatéral SAC-SSMO', '国家标准委与 SSMO 双边协议'],
  'Cooperation agreement in standardization between SAMR/SAC and ABNT': [
    'Accord de coopération en normalisation entre la SAMR/SAC et l’ABNT',
    '市场监管总局/国家标准委与 ABNT 标准化合作协议',
  ],
  'SAMR cooperation agreement with Ethiopia (quality infrastructure / standards)': [
    'Accord de coopération de la SAMR avec l’Éthiopie (infrastructure de la qualité / normes)',
    '市场监管总局与埃塞俄比亚合作协议（质量基础设施／标准）',
  ],
  'MoU between SAMR and the Ministry of Economic Development of the Maldives (SME development, standards, consumer protection)':
    [
      'Protocole d’accord entre la SAMR et le ministère du Développement économique des Maldives (développement des PME, normes, protection des consommateurs)',
      '市场监管总局与马尔代夫经济发展部谅解备忘录（中小企业发展、标准、消费者保护）',
    ],
  'SAMR cooperation agreement with Morocco (quality infrastructure / standards)': [
    'Accord de coopération de la SAMR avec le Maroc (infrastructure de la qualité / normes)',
    '市场监管总局与摩洛哥合作协议（质量基础设施／标准）',
  ],
  'SAMR-SASO MoU on conformity assessment and harmonisation of technical regulations': [
    'Protocole d’accord SAMR-SASO sur l’évaluation de la conformité et l’harmonisation des règlements techniques',
    '市场监管总局与 SASO 关于合格评定和技术法规协调的谅解备忘录',
  ],
  "Agreement between the Government of the People's Republic of China and the Government of Ukraine on cooperation in the fields of standardization, metrology and certification":
    [
      'Accord entre le gouvernement de la République populaire de Chine et le gouvernement de l’Ukraine sur la coopération dans les domaines de la normalisation, de la métrologie et de la certification',
      null,
    ],
  'NMi-AQSIQ mutual recognition agreement on test results for weighing instruments': [
    'Accord de reconnaissance mutuelle NMi-AQSIQ sur les résultats d’essais des instruments de pesage',
    'NMi 与国家质检总局关于衡器测试结果的互认协议',
  ],
  'AQSIQ-NMi memorandum of understanding (special partnership agreement on knowledge sharing)': [
    'Protocole d’accord AQSIQ-NMi (accord de partenariat spécial sur le partage des connaissances)',
    '国家质检总局与 NMi 谅解备忘录（知识共享特别伙伴关系协议）',
  ],
  'MoU between AQSIQ and the Korean Ministry of Trade, Industry and Energy on strengthening China-Korea cooperation in quality inspection and quarantine':
    [
      'Protocole d’accord entre l’AQSIQ et le ministère coréen du Commerce, de l’Industrie et de l’Énergie sur le renforcement de la coopération sino-coréenne en matière d’inspection de la qualité et de quarantaine',
      '国家质检总局与韩国产业通商资源部关于加强中韩质量检验检疫合作的谅解备忘录',
    ],
  'Memorandum of understanding on cooperation between AQSIQ and the Institute of Standards and Industrial Research of Iran':
    [
      'Protocole d’accord de coopération entre l’AQSIQ et l’Institut de normalisation et de recherche industrielle d’Iran',
      null,
    ],
  'PTB-AQSIQ mutual recognition agreement of test results for weighing machines and load cells': [
    'Accord de reconnaissance mutuelle PTB-AQSIQ des résultats d’essais des instruments de pesage et des capteurs de pesage',
    '德国联邦物理技术研究院与国家质检总局关于衡器和称重传感器测试结果的互认协议',
  ],
  "Agreement on the mutual recognition of test results of measuring instruments between METAS of the Swiss Confederation and AQSIQ of the People's Republic of China":
    [
      null,
      '瑞士联邦计量研究院（METAS）与中华人民共和国国家质量监督检验检疫总局（AQSIQ）关于测量仪器测试结果互认的协议',
    ],
  'Cooperation agreement between BelGIM and CCIC on conformity assessment of mutually supplied products': [
    'Accord de coopération entre le BelGIM et la CCIC sur l’évaluation de la conformité des produits fournis mutuellement',
    '白俄罗斯国家计量研究院与中国检验认证集团关于相互供应产品合格评定的合作协议',
  ],
};
