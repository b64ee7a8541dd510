import type { Lang } from './lang.js';
import { LINEAGE_NOTE_LABELS } from './lineage-note-labels.js';
import { PUBLISHER_LABELS } from './publisher-labels.js';

/**
 * French and Chinese labels of the English descriptions the data writes itself — who made an official tally,
 * an institution the source does not name, a publisher described, a note on a relation — so that a French or Chinese reader never meets English in them.
 * The data keeps its English original; a text without a label here is shown as the data gives it (a name).
 */
export const DATA_LABELS: Readonly<Record<string, readonly [fr: string, zh: string]>> = {
  // Claimants of the official tallies.
  'CNCA (Liu Weijun)': ['CNCA (Liu Weijun)', '国家认监委（刘卫军）'],
  CNIS: ['CNIS (Institut national de normalisation de Chine)', '中国标准化研究院'],
  'China Daily': ['China Daily', '中国日报'],
  "People's Daily (reporting SAC)": ['Quotidien du peuple (d’après la SAC)', '人民日报（援引国家标准委）'],
  'SAC (Annual Report 2019)': ['SAC (rapport annuel 2019)', '国家标准委（2019 年年报）'],
  'SAMR (China Market Regulation News)': [
    'SAMR (China Market Regulation News)',
    '市场监管总局（中国市场监管报）',
  ],
  'SAMR (Li Yubing, press conference of 2024-03-27)': [
    'SAMR (Li Yubing, conférence de presse du 27 mars 2024)',
    '市场监管总局（李玉冰，2024 年 3 月 27 日新闻发布会）',
  ],
  'SAMR (Pu Chun, SCIO press conference)': [
    'SAMR (Pu Chun, conférence de presse du Bureau d’information du Conseil des affaires d’État)',
    '市场监管总局（蒲淳，国新办新闻发布会）',
  ],
  'SAMR (routine press conference)': [
    'SAMR (conférence de presse régulière)',
    '市场监管总局（例行新闻发布会）',
  ],
  'SAMR/SAC (Deng Zhiyong, World Standards Day 2025)': [
    'SAMR/SAC (Deng Zhiyong, Journée mondiale de la normalisation 2025)',
    '市场监管总局/国家标准委（邓志勇，2025 年世界标准日）',
  ],
  'SAMR/SAC (Tian Shihong)': ['SAMR/SAC (Tian Shihong)', '市场监管总局/国家标准委（田世宏）'],
  'State Council Information Office (white paper)': [
    'Bureau d’information du Conseil des affaires d’État (livre blanc)',
    '国务院新闻办公室（白皮书）',
  ],
  'State Council Information Office briefing (BRI progress report)': [
    'Point presse du Bureau d’information du Conseil des affaires d’État (rapport d’étape sur les Nouvelles routes de la soie)',
    '国务院新闻办公室发布会（“一带一路”进展报告）',
  ],
  // Institutions the sources do not name.
  'Albanian standards body (not named in the source)': [
    'Organisme albanais de normalisation (non nommé dans la source)',
    '阿尔巴尼亚标准化机构（来源未具名）',
  ],
  'Argentine national standardization body (not named in the source)': [
    'Organisme national argentin de normalisation (non nommé dans la source)',
    '阿根廷国家标准化机构（来源未具名）',
  ],
  'Chinese counterpart (not named in the source)': [
    'Partenaire chinois (non nommé dans la source)',
    '中方对口机构（来源未具名）',
  ],
  'Costa Rican standardization organization (not named in the source)': [
    'Organisme costaricien de normalisation (non nommé dans la source)',
    '哥斯达黎加标准化组织（来源未具名）',
  ],
  'Ethiopian counterpart (not named in the source)': [
    'Partenaire éthiopien (non nommé dans la source)',
    '埃塞俄比亚对口机构（来源未具名）',
  ],
  'Kyrgyz counterpart (not named in the source)': [
    'Partenaire kirghiz (non nommé dans la source)',
    '吉尔吉斯斯坦对口机构（来源未具名）',
  ],
  'Moroccan counterpart (not named in the source)': [
    'Partenaire marocain (non nommé dans la source)',
    '摩洛哥对口机构（来源未具名）',
  ],
  'Saudi counterpart (not named in the source)': [
    'Partenaire saoudien (non nommé dans la source)',
    '沙特对口机构（来源未具名）',
  ],
  'Cambodian standards body (not named in the source)': [
    'Organisme cambodgien de normalisation (non nommé dans la source)',
    '柬埔寨标准化机构（来源未具名）',
  ],
  'Turkish standards body (not named in the source)': [
    'Organisme turc de normalisation (non nommé dans la source)',
    '土耳其标准化机构（来源未具名）',
  ],
  'Russian standards authority (not named in the source)': [
    'Autorité russe de normalisation (non nommée dans la source)',
    '俄罗斯标准化主管机构（来源未具名）',
  ],
  'National standardization body of Kazakhstan (not named in the source)': [
    'Organisme national de normalisation du Kazakhstan (non nommé dans la source)',
    '哈萨克斯坦国家标准化机构（来源未具名）',
  ],
  'Standardization organization of Malaysia (not named in the source)': [
    'Organisme de normalisation de Malaisie (non nommé dans la source)',
    '马来西亚标准化组织（来源未具名）',
  ],
  'Standardization organization of Viet Nam (not named in the source)': [
    'Organisme de normalisation du Viêt Nam (non nommé dans la source)',
    '越南标准化组织（来源未具名）',
  ],
  'Relevant authority of Ukraine (not named in the source)': [
    'Autorité compétente d’Ukraine (non nommée dans la source)',
    '乌克兰相关主管机构（来源未具名）',
  ],
  'National standardization bodies of the SCO member states (collectively)': [
    'Organismes nationaux de normalisation des États membres de l’OCS (collectivement)',
    '上海合作组织成员国国家标准化机构（统称）',
  ],
  ...PUBLISHER_LABELS,
  ...LINEAGE_NOTE_LABELS,
};

/** "Relevant national standardization authority of X (not named in the source)", for a dozen countries. */
const RELEVANT_AUTHORITY =
  /^Relevant national standardization authority of (?:the )?(.+) \(not named in the source\)$/;

const COUNTRIES: Readonly<Record<string, readonly [fr: string, zh: string]>> = {
  Belarus: ['Biélorussie', '白俄罗斯'],
  Switzerland: ['Suisse', '瑞士'],
  Ethiopia: ['Éthiopie', '埃塞俄比亚'],
  Greece: ['Grèce', '希腊'],
  Kazakhstan: ['Kazakhstan', '哈萨克斯坦'],
  Cambodia: ['Cambodge', '柬埔寨'],
  Mongolia: ['Mongolie', '蒙古国'],
  Malaysia: ['Malaisie', '马来西亚'],
  Philippines: ['Philippines', '菲律宾'],
  Russia: ['Russie', '俄罗斯'],
  Serbia: ['Serbie', '塞尔维亚'],
  Turkey: ['Turquie', '土耳其'],
};

/**
 * A text the data writes in English (a tally's claimant, an unnamed institution's description, a publisher's
 * description, a relation's note) in a language:
 * its French or Chinese label where there is one, else the text itself (a proper name stays as written).
 */
export function dataLabel(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const index = lang === 'fr' ? 0 : 1;
  const label = DATA_LABELS[text];
  if (label) return label[index];
  const country = RELEVANT_AUTHORITY.exec(text)?.[1];
  const names = country === undefined ? undefined : COUNTRIES[country];
  if (names) {
    return lang === 'fr'
      ? `Autorité nationale de normalisation compétente (${names[0]}, non nommée dans la source)`
      : `${names[1]}相关国家标准化主管机构（来源未具名）`;
  }
  return text;
}

/** Whether the data's English text has a label in French and Chinese (for the checks of the data). */
export function hasDataLabel(text: string): boolean {
  return dataLabel(text, 'fr') !== text || dataLabel(text, 'zh') !== text;
}
