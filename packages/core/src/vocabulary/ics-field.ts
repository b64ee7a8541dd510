import { defineVocabulary } from './vocabulary.js';

/** Top-level fields of the International Classification for Standards (ICS), in ISO's English and French
 * wording and the Chinese wording used in Chinese national standards. */
export const icsFields = defineVocabulary(
  {
    '01': {
      en: 'Generalities. Terminology. Standardization. Documentation',
      fr: 'Généralités. Terminologie. Normalisation. Documentation',
      zh: '综合、术语学、标准化、文献',
    },
    '03': {
      en: 'Services. Company organization, management and quality. Administration. Transport. Sociology',
      fr: 'Services. Organisation de l’entreprise, gestion et qualité. Administration. Transport. Sociologie',
      zh: '社会学、服务、公司（企业）的组织和管理、行政、运输',
    },
    '07': {
      en: 'Mathematics. Natural sciences',
      fr: 'Mathématiques. Sciences naturelles',
      zh: '数学、自然科学',
    },
    '11': { en: 'Health care technology', fr: 'Technologies de la santé', zh: '医药卫生技术' },
    '13': {
      en: 'Environment. Health protection. Safety',
      fr: 'Environnement. Protection de la santé. Sécurité',
      zh: '环保、保健和安全',
    },
    '17': {
      en: 'Metrology and measurement. Physical phenomena',
      fr: 'Métrologie et mesurage. Phénomènes physiques',
      zh: '计量学和测量、物理现象',
    },
    '19': { en: 'Testing', fr: 'Essais', zh: '试验' },
    '21': {
      en: 'Mechanical systems and components for general use',
      fr: 'Systèmes et composants mécaniques à usage général',
      zh: '机械系统和通用件',
    },
    '23': {
      en: 'Fluid systems and components for general use',
      fr: 'Systèmes et composants pour fluides à usage général',
      zh: '流体系统和通用件',
    },
    '25': { en: 'Manufacturing engineering', fr: 'Ingénierie de la production', zh: '机械制造' },
    '27': {
      en: 'Energy and heat transfer engineering',
      fr: 'Ingénierie de l’énergie et de la transmission de la chaleur',
      zh: '能源和热传导工程',
    },
    '29': { en: 'Electrical engineering', fr: 'Électrotechnique', zh: '电气工程' },
    '31': { en: 'Electronics', fr: 'Électronique', zh: '电子学' },
    '33': {
      en: 'Telecommunications. Audio and video engineering',
      fr: 'Télécommunications. Techniques audio et vidéo',
      zh: '电信、音频和视频工程',
    },
    '35': { en: 'Information technology', fr: 'Technologies de l’information', zh: '信息技术、办公机械' },
    '37': { en: 'Image technology', fr: 'Technologie de l’image', zh: '成像技术' },
    '39': {
      en: 'Precision mechanics. Jewellery',
      fr: 'Mécanique de précision. Joaillerie',
      zh: '精密机械、珠宝',
    },
    '43': { en: 'Road vehicles engineering', fr: 'Véhicules routiers', zh: '道路车辆工程' },
    '45': { en: 'Railway engineering', fr: 'Ingénierie ferroviaire', zh: '铁路工程' },
    '47': {
      en: 'Shipbuilding and marine structures',
      fr: 'Construction navale et structures maritimes',
      zh: '造船和海上构筑物',
    },
    '49': {
      en: 'Aircraft and space vehicle engineering',
      fr: 'Aéronautique et espace',
      zh: '航空器和航天器工程',
    },
    '53': { en: 'Materials handling equipment', fr: 'Matériel de manutention', zh: '材料储运设备' },
    '55': {
      en: 'Packaging and distribution of goods',
      fr: 'Emballage et distribution des marchandises',
      zh: '货物的包装和调运',
    },
    '59': {
      en: 'Textile and leather technology',
      fr: 'Technologies des industries textiles et du cuir',
      zh: '纺织和皮革技术',
    },
    '61': { en: 'Clothing industry', fr: 'Industrie de l’habillement', zh: '服装工业' },
    '65': { en: 'Agriculture', fr: 'Agriculture', zh: '农业' },
    '67': { en: 'Food technology', fr: 'Technologie des produits alimentaires', zh: '食品技术' },
    '71': { en: 'Chemical technology', fr: 'Technologie chimique', zh: '化工技术' },
    '73': { en: 'Mining and minerals', fr: 'Mines et minerais', zh: '采矿和矿产品' },
    '75': {
      en: 'Petroleum and related technologies',
      fr: 'Pétrole et technologies connexes',
      zh: '石油及相关技术',
    },
    '77': { en: 'Metallurgy', fr: 'Métallurgie', zh: '冶金' },
    '79': { en: 'Wood technology', fr: 'Technologie du bois', zh: '木材技术' },
    '81': {
      en: 'Glass and ceramics industries',
      fr: 'Industries du verre et de la céramique',
      zh: '玻璃和陶瓷工业',
    },
    '83': {
      en: 'Rubber and plastic industries',
      fr: 'Industries du caoutchouc et des plastiques',
      zh: '橡胶和塑料工业',
    },
    '85': { en: 'Paper technology', fr: 'Technologie du papier', zh: '造纸技术' },
    '87': {
      en: 'Paint and colour industries',
      fr: 'Industrie des peintures et des couleurs',
      zh: '涂料和颜料工业',
    },
    '91': {
      en: 'Construction materials and building',
      fr: 'Matériaux de construction et bâtiment',
      zh: '建筑材料和建筑物',
    },
    '93': { en: 'Civil engineering', fr: 'Génie civil', zh: '土木工程' },
    '95': {
      en: 'Military engineering. Military equipment. Weapons',
      fr: 'Génie militaire. Matériel militaire. Armes',
      zh: '军事工程',
    },
    '97': {
      en: 'Domestic and commercial equipment. Entertainment. Sports',
      fr: 'Équipement ménager et commercial. Loisirs. Sports',
      zh: '家用和商用设备、文娱、体育',
    },
  },
  'sorted',
);
export type IcsField = (typeof icsFields.codes)[number];
