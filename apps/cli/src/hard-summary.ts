import {
  assembleAgreements,
  HARD_CAVEATS,
  patchwork,
  POPULATIONS,
  quadrants,
  sequence,
  SOFT_MEASURES,
  softHardCorrelations,
  VERIFICATION_BASES,
  type Dataset,
  type Lang,
  type RankCorrelation,
} from '@sco/core';

const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

function correlationLine(value: RankCorrelation): string {
  return (
    `ρ ${fixed(value.rho)} [${fixed(value.low)}, ${fixed(value.high)}] ` +
    `p ${fixed(value.p_value, 3)} n ${value.n}`
  );
}

/** Soft vs hard connectivity and the patchwork, in words, for `sco indicators`; empty without hard data. */
export function formatHardSummary(dataset: Dataset, lang: Lang): string {
  const hard = dataset.tables.hard_connectivity;
  if (hard.length === 0) return '';
  const agreements = assembleAgreements(dataset);
  const citations = [...new Set(hard.map((row) => row.source_citation))].join('; ');
  const lines = [`Soft vs hard connectivity — ${citations}`];
  const correlations = softHardCorrelations(agreements, hard);
  for (const basis of VERIFICATION_BASES)
    for (const population of POPULATIONS)
      for (const measure of SOFT_MEASURES)
        lines.push(
          `  Spearman ${measure} vs investment, ${population}, ${basis}: ${correlationLine(correlations[basis][population][measure])}`,
        );
  const order = sequence(agreements, hard, 'all');
  lines.push(
    `  Sequence (all rows): ${order.n} partners with both; first agreement after first large deal: ${order.after} ` +
      `(share ${fixed(order.share_after)}), same year ${order.same_year}, before ${order.before}; ` +
      `median ratio of investment 5 years after / before the first agreement ${fixed(order.median_ratio)} (n ${order.ratio_n})`,
  );
  const quad = quadrants(agreements, hard, 'all');
  lines.push(
    `  Quadrants (all rows; high = above the median: ${fixed(quad.soft_cut, 1)} agreements, USD ${fixed(quad.hard_cut, 0)} m):`,
  );
  for (const [name, partners] of Object.entries(quad.quadrants))
    lines.push(`    ${name} (${partners.length}): ${partners.map((p) => p.partner).join(' ') || '—'}`);
  const work = patchwork(agreements, 'all');
  lines.push(
    `Patchwork (all rows, ${work.n} agreements): ` +
      work.by_chinese_body
        .slice(0, 8)
        .map((body) => `${body.acronym ?? body.institution_id} ${body.agreements}`)
        .join(', '),
    `  multilateral share: ${work.multilateral.map((m) => `${m.period} ${fixed(m.share)} (${m.multilateral}/${m.agreements})`).join(', ')}`,
    `  HHI of Chinese signatories by year: ${work.concentration.map((c) => `${c.year} ${fixed(c.hhi)}`).join(', ')}`,
  );
  for (const caveat of HARD_CAVEATS) lines.push(`  ! ${caveat[lang]}`);
  return `${lines.join('\n')}\n`;
}
