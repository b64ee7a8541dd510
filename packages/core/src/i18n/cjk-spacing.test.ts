import { describe, expect, it } from 'vitest';
import { HARD_CAVEATS } from '../hard/caveats.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import { icsFields } from '../vocabulary/ics-field.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { provisions } from '../vocabulary/provision.js';
import { scopes } from '../vocabulary/scope.js';
import { formatDateStyle, formatInstant } from './format-date-style.js';
import { formatNumber } from './format-number.js';
import { SOURCE_CHECK_LABELS } from './source-check-labels.js';
import { SOURCE_STRENGTH_COLUMNS } from './source-strength-columns.js';
import { spaceCjk } from './space-cjk.js';

/** Every string held under a `zh` key, however deep. */
function chinese(value: unknown, found: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return found;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'zh' && typeof item === 'string') found.push(item);
    else chinese(item, found);
  }
  return found;
}

describe('the one spacing rule between Chinese and Latin letters or digits (decision 0027)', () => {
  it('holds in every Chinese text of core: indicators, caveats, vocabularies, labels', () => {
    const texts = chinese([
      INDICATORS,
      HARD_CAVEATS,
      SOURCE_CHECK_LABELS,
      SOURCE_STRENGTH_COLUMNS,
      agreementTypes,
      icsFields,
      institutionKinds,
      provisions,
      scopes,
    ]);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(spaceCjk(text), text).toBe(text);
    // A definition that writes numbers beside Chinese: spaced.
    const depth = INDICATORS.find((indicator) => indicator.id === 'depth_score');
    expect(depth?.definition.zh).toContain('取值 0 至 8');
    // A label that names Latin letters beside Chinese: spaced.
    expect(SOURCE_CHECK_LABELS.ip_address_host.zh).toBe('引用纯 IP 地址');
  });

  it('holds in what the one formatter writes in Chinese, and changes nothing in English or French', () => {
    const zh = [
      formatDateStyle('2016-09', 'zh'),
      formatDateStyle('2025-07-08', 'zh'),
      formatInstant('2026-11-28T12:00:00Z', 'zh'),
      `${formatNumber(0.163, 'zh', { percent: true })}的协议`,
    ];
    expect(zh.map((text) => spaceCjk(text ?? ''))).toEqual([
      '2016 年 9 月',
      '2025 年 7 月 8 日',
      '2026 年 11 月 28 日',
      '16.3% 的协议',
    ]);
    expect(zh.slice(0, 3)).toEqual(['2016 年 9 月', '2025 年 7 月 8 日', '2026 年 11 月 28 日']);
    for (const lang of ['en', 'fr'] as const) {
      const date = formatDateStyle('2025-07-08', lang) ?? '';
      expect(spaceCjk(date)).toBe(date);
      expect(date).not.toMatch(/\d {2}/);
    }
  });

  it('spaces a Greek letter beside Chinese as a Latin one (Spearman’s ρ)', () => {
    expect(spaceCjk('斯皮尔曼ρ为0.47')).toBe('斯皮尔曼 ρ 为 0.47');
    expect(spaceCjk('（斯皮尔曼 ρ）为 0.47')).toBe('（斯皮尔曼 ρ）为 0.47');
  });
});
