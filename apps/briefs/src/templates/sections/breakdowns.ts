import { NO_SECTOR_KEY, type AgreementGroupBy, type IndicatorFilter } from '@sco/core';
import { chartNotesFor } from '../../i18n/chart-notes.js';
import { indicatorValuesBody } from '../../data/indicator-body.js';
import type { Messages } from '../../i18n/messages.js';
import type { BriefContext } from '../brief-context.js';
import { figure } from '../figure.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

const CAPTIONS = {
  type: (m: Messages) => m.captions.byType,
  region: (m: Messages) => m.captions.byRegion,
  sector: (m: Messages) => m.captions.bySector,
} as const;

type Dimension = keyof typeof CAPTIONS & AgreementGroupBy;

/** Bar charts of the agreements by each dimension (GET /v1/indicators/agreements?group_by=…). */
export function breakdownsBody(
  ctx: BriefContext,
  filter: Partial<IndicatorFilter>,
  dimensions: readonly Dimension[],
): SectionBody {
  const { m, lang } = ctx;
  const figures = dimensions.map((groupBy) => {
    const full = indicatorValuesBody(ctx.data, { indicator: 'agreements', filter, groupBy, lang });
    // Agreements that name no sector are many: drawn, they would set the scale and dwarf the sectors. They
    // are stated under the chart instead.
    const unnamed =
      groupBy === 'sector' ? full.groups.find((group) => group.key === NO_SECTOR_KEY) : undefined;
    const body = unnamed ? { ...full, groups: full.groups.filter((group) => group !== unnamed) } : full;
    const top = [...body.groups].sort((a, b) => (b.values.all.value ?? 0) - (a.values.all.value ?? 0))[0];
    return figure(ctx, {
      items: [
        { tag: 'sco-breakdown', props: { data: body }, attributes: { indicator: 'agreements', by: groupBy } },
      ],
      caption: unnamed
        ? `${CAPTIONS[groupBy](m)}${lang === 'zh' ? '。' : '. '}${chartNotesFor(lang).noSector(unnamed.range)}`
        : CAPTIONS[groupBy](m),
      alt: m.alt.breakdown(body.group_by?.label.toLocaleLowerCase(m.locale) ?? groupBy, top?.label ?? '—'),
      size: 'medium',
    });
  });
  const [first, ...others] = figures;
  // An agreement has one type but may have partners in several regions and several sectors: the rule that
  // it counts in each of its groups is said where a chart has such groups.
  const manyGroups = dimensions.some((dimension) => dimension !== 'type');
  return sectionBody(
    html`${manyGroups ? html`<p>${m.text.breakdownsIntro}</p>` : ''} ${first}`,
    html`${others}`,
  );
}
