import { isLang, type Lang } from './i18n.js';
import { isAgreementType, isRegionCode, REGION_CODES } from './vocabulary.js';

/** A bad attribute value, named so that the widget can say what it expected, in its language. */
export interface AttributeProblem {
  readonly name: string;
  readonly value: string | null;
  /** What was expected, per language; `null` value: the attribute is missing. */
  readonly expected: Readonly<Record<Lang, string>>;
}

const list = (values: readonly string[]) => values.join(', ');

export const EXPECT = {
  lang: { en: 'en, fr or zh', fr: 'en, fr ou zh', zh: 'en、fr 或 zh' },
  theme: { en: 'light, dark or auto', fr: 'light, dark ou auto', zh: 'light、dark 或 auto' },
  interval: {
    en: 'a number of seconds, at least 10 (or 0: never)',
    fr: 'un nombre de secondes, au moins 10 (ou 0\u00a0: jamais)',
    zh: '至少 10 的秒数（或 0：不刷新）',
  },
  url: { en: 'an http(s) URL', fr: 'une URL http(s)', zh: 'http(s) 网址' },
  year: { en: 'a year such as 2013', fr: 'une année comme 2013', zh: '年份，如 2013' },
  yearOrder: {
    en: 'a year not after “to”',
    fr: 'une année qui ne dépasse pas «\u00a0to\u00a0»',
    zh: '不晚于“to”的年份',
  },
  partner: {
    en: 'a partner code such as RUS or ASEAN',
    fr: 'un code de partenaire comme RUS ou ASEAN',
    zh: '合作方代码，如 RUS 或 ASEAN',
  },
  region: { en: list(REGION_CODES), fr: list(REGION_CODES), zh: list(REGION_CODES) },
  type: { en: 'an agreement type such as mou', fr: 'un type d’accord comme mou', zh: '协议类型，如 mou' },
  sector: {
    en: 'a two-digit ICS field such as 35',
    fr: 'un domaine ICS à deux chiffres comme 35',
    zh: '两位数的 ICS 大类，如 35',
  },
  release: {
    en: 'a release id such as 1.0.0',
    fr: 'un identifiant de version comme 1.0.0',
    zh: '数据版本号，如 1.0.0',
  },
  indicator: {
    en: 'an indicator id such as agreements',
    fr: 'un identifiant d’indicateur comme agreements',
    zh: '指标代码，如 agreements',
  },
  domain: { en: 'e.g. -1 1', fr: 'p. ex. -1 1', zh: '如 -1 1' },
  breakdown: {
    en: 'type, region, sector or partner_kind',
    fr: 'type, region, sector ou partner_kind',
    zh: 'type、region、sector 或 partner_kind',
  },
  number: { en: 'a whole number from 1 to 200', fr: 'un nombre entier de 1 à 200', zh: '1 至 200 的整数' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type Expectation = keyof typeof EXPECT;

/** Checks one attribute: returns a problem when `valid` is false. */
export function check(
  element: Element,
  name: string,
  valid: boolean,
  expected: Expectation,
): AttributeProblem | undefined {
  return valid ? undefined : { name, value: element.getAttribute(name), expected: EXPECT[expected] };
}

export const PATTERNS = {
  partner: /^[A-Z][A-Z0-9-]{1,19}$/,
  year: /^\d{4}$/,
  sector: /^\d{2}$/,
  release: /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/,
  indicator: /^[a-z][a-z0-9_]{0,63}$/,
} as const;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link target from data: http(s) only (never javascript: or data:), else undefined. */
export function safeHref(value: string): string | undefined {
  return isHttpUrl(value) ? value : undefined;
}

const optional = (value: string | undefined, ok: (value: string) => boolean) =>
  value === undefined || value === '' || ok(value);

/** The attributes every widget shares. */
export interface CommonAttributes {
  readonly api: string | undefined;
  readonly lang: string;
  readonly theme: string | undefined;
  readonly interval: number;
  readonly release: string | undefined;
}

export function checkCommon(element: Element, values: CommonAttributes): (AttributeProblem | undefined)[] {
  return [
    check(element, 'lang', !element.hasAttribute('lang') || isLang(values.lang), 'lang'),
    check(
      element,
      'theme',
      optional(values.theme, (v) => ['light', 'dark', 'auto'].includes(v)),
      'theme',
    ),
    check(
      element,
      'interval',
      Number.isFinite(values.interval) && (values.interval === 0 || values.interval >= 10),
      'interval',
    ),
    check(element, 'api', optional(values.api, isHttpUrl), 'url'),
    check(
      element,
      'release',
      optional(values.release, (v) => PATTERNS.release.test(v)),
      'release',
    ),
  ];
}

/** The filters of the widgets that count agreements. */
export interface FilterAttributes {
  readonly partner: string | undefined;
  readonly region: string | undefined;
  readonly type: string | undefined;
  readonly sector: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

export function checkFilters(element: Element, values: FilterAttributes): (AttributeProblem | undefined)[] {
  const year = (v: string) => PATTERNS.year.test(v) && Number(v) >= 1949 && Number(v) <= 2100;
  const { from, to } = values;
  return [
    check(
      element,
      'partner',
      optional(values.partner, (v) => PATTERNS.partner.test(v)),
      'partner',
    ),
    check(element, 'region', optional(values.region, isRegionCode), 'region'),
    check(element, 'type', optional(values.type, isAgreementType), 'type'),
    check(
      element,
      'sector',
      optional(values.sector, (v) => PATTERNS.sector.test(v)),
      'sector',
    ),
    check(element, 'from', optional(from, year), 'year'),
    check(element, 'to', optional(to, year), 'year'),
    check(element, 'from', !from || !to || !year(from) || !year(to) || from <= to, 'yearOrder'),
  ];
}
