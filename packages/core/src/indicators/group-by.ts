import { z } from 'zod';
import type { Localized } from '../i18n/lang.js';

/**
 * Dimensions an indicator can be broken down by. `provision` is the breakdown of provision-level
 * indicators; the others split agreements.
 */
export const GROUP_BYS = ['year', 'region', 'type', 'sector', 'partner_kind', 'provision'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
/** The breakdowns that split agreements (and, for region and partner kind, their partners). */
export type AgreementGroupBy = Exclude<GroupBy, 'provision'>;

export const groupBySchema = z
  .enum(GROUP_BYS, { error: `expected one of: ${GROUP_BYS.join(', ')}` })
  .meta({ description: 'Breakdown of the indicator' });

export const groupByLabels: Readonly<Record<GroupBy, Localized>> = {
  year: { en: 'Year of signature', fr: 'Année de signature', zh: '签署年份' },
  region: { en: 'Partner region', fr: 'Région du partenaire', zh: '合作方所在区域' },
  type: { en: 'Type of agreement', fr: 'Type d’accord', zh: '协议类型' },
  sector: { en: 'Sector (ICS field)', fr: 'Secteur (domaine ICS)', zh: '领域（ICS 大类）' },
  partner_kind: {
    en: 'Kind of partner institution',
    fr: 'Type d’institution partenaire',
    zh: '合作机构类型',
  },
  provision: { en: 'Provision', fr: 'Clause', zh: '条款' },
};

/** Group keys that are not codes of a vocabulary. */
export const UNDATED_KEY = 'undated';
export const UNKNOWN_REGION_KEY = 'unknown';
export const NO_SECTOR_KEY = 'none';
