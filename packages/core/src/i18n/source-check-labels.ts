import type { SourceCheck } from '../curation/source-strength.js';
import type { Localized } from './lang.js';

/**
 * The weaknesses core's `sourceStrength` looks for in a record's sources, as the landing page's sources table
 * and the overview brief name them. The Chinese is written spaced (decision 0027).
 */
export const SOURCE_CHECK_LABELS: Readonly<Record<SourceCheck, Localized>> = {
  reposts_only: {
    en: 'Resting only on reposts',
    fr: 'Ne reposant que sur des republications',
    zh: '仅依据转载',
  },
  paraphrase_only: {
    en: 'Quoted only by paraphrase',
    fr: 'Cités seulement par paraphrase',
    zh: '仅有转述引文',
  },
  ip_address_host: {
    en: 'Citing a bare IP address',
    fr: 'Citant une simple adresse IP',
    zh: '引用纯 IP 地址',
  },
  dead_looking_url: {
    en: 'Citing an address that looks dead (by its form only)',
    fr: 'Citant une adresse qui semble morte (sur sa seule forme)',
    zh: '引用的网址看似失效（仅按格式判断）',
  },
};
