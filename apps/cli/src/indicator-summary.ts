import {
  formatBasisRange,
  getIndicator,
  groupKeyLabel,
  presentValues,
  VERIFICATION_BASES,
  verificationLevels,
  type IndicatorResult,
  type Lang,
} from '@sco/core';

const HEADINGS: Readonly<
  Record<Lang, { indicator: string; range: string; verifiedSingle: string; all: string }>
> = {
  en: { indicator: 'Indicator', range: 'Range', verifiedSingle: '+ single source', all: 'All rows' },
  fr: {
    indicator: 'Indicateur',
    range: 'Fourchette',
    verifiedSingle: '+ source unique',
    all: 'Toutes les lignes',
  },
  zh: { indicator: '指标', range: '范围', verifiedSingle: '含单一来源', all: '全部' },
};

/** Columns a text takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  return Array.from(text).reduce((sum, char) => sum + (/[\u1100-\uFFDC]/u.test(char) ? 2 : 1), 0);
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * The indicator summary as a text table: every indicator with its value on verified rows, on verified and
 * single-source rows, and on all rows, and the range across them; with `groups`, each breakdown follows,
 * indented.
 */
export function formatIndicatorSummary(
  results: readonly IndicatorResult[],
  lang: Lang,
  options: { readonly groups: boolean; readonly maxGroups?: number } = { groups: false },
): string {
  const maxGroups = options.maxGroups ?? 60;
  const h = HEADINGS[lang];
  const rows: string[][] = [
    [h.indicator, verificationLevels.labels.verified[lang], h.verifiedSingle, h.all, h.range],
  ];
  for (const result of results) {
    const definition = getIndicator(result.indicator);
    // In the decimals the row shares, as its range, the API and the briefs write them.
    const cells = (values: IndicatorResult['total']['values']) => {
      const shown = presentValues(values, result.unit, lang);
      return [
        ...VERIFICATION_BASES.map((basis) => shown[basis].formatted),
        formatBasisRange(values, result.unit, lang),
      ];
    };
    rows.push([definition.title[lang], ...cells(result.total.values)]);
    if (options.groups && result.group_by) {
      for (const group of result.groups.slice(0, maxGroups)) {
        rows.push([`    ${groupKeyLabel(result.group_by, group.key, lang)}`, ...cells(group.values)]);
      }
      if (result.groups.length > maxGroups)
        rows.push([`    … ${result.groups.length - maxGroups} more`, '', '', '', '']);
    }
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? '') + 2))) ?? [];
  const titleWidth = Math.min(widths[0] ?? 40, 56);
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0
            ? pad(cell.length > titleWidth ? `${cell.slice(0, titleWidth - 1)}…` : cell, titleWidth)
            : pad(cell, (widths[column] ?? 10) + 2, true),
        )
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
