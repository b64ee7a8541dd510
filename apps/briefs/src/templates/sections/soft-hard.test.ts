import { formatNumber, hardTotal, isAdjacentScope, LANGS } from '@sco/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { softHardTextsFor } from '../../i18n/soft-hard-texts.js';
import { parseBriefRequest } from '../../request/parse-brief-request.js';
import { openBriefTestData, type BriefTestData } from '../../test-support/brief-test-data.js';
import { buildBriefPage } from '../build-brief.js';
import { textWidth } from '../charts/label-placement.js';

/** Average ranks (1-based), ties sharing the mean of their positions. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    for (let k = i; k <= j; k++) out[order[k]?.index ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Pearson's r of the ranks. */
function spearmanByHand(xs: readonly number[], ys: readonly number[]): number {
  const [a, b] = [ranks(xs), ranks(ys)];
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? 0;
    sab += (x - ma) * (y - mb);
    saa += (x - ma) ** 2;
    sbb += (y - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

describe('does soft connectivity follow hard? (the overview and partner briefs)', () => {
  let fixture: BriefTestData;
  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  const page = (input: Record<string, string>) =>
    buildBriefPage(parseBriefRequest(input), fixture.data, {
      generatedAt: new Date('2026-11-28T12:00:00Z'),
      widgetsUrl: null,
      mapGeometry: null,
    }).html;

  it('prints the ρ an independent computation on the shipped table gives, with n, and the tracker under every figure', () => {
    const hard = new Map<string, number>();
    for (const row of fixture.data.dataset.tables.hard_connectivity)
      hard.set(row.partner, (hard.get(row.partner) ?? 0) + hardTotal(row));
    const counts = new Map<string, number>();
    for (const agreement of fixture.data.agreements)
      if (!isAdjacentScope(agreement.scope))
        for (const partner of agreement.partners)
          if (partner.kind === 'country') counts.set(partner.code, (counts.get(partner.code) ?? 0) + 1);
    const codes = [...hard.keys()];
    const rho = spearmanByHand(
      codes.map((code) => counts.get(code) ?? 0),
      codes.map((code) => hard.get(code) ?? 0),
    );
    expect(codes.length).toBeGreaterThan(100);
    for (const lang of LANGS)
      for (const length of ['brief', 'report']) {
        const html = page({ template: 'overview', lang, length });
        const start = html.indexOf(`id="section-soft-hard"`);
        expect(start, `${lang} ${length}`).toBeGreaterThan(-1);
        const section = html.slice(start, html.indexOf('<section', start));
        expect(section).toContain(formatNumber(rho, lang, { minFractionDigits: 2, maxFractionDigits: 2 }));
        expect(section).toContain(formatNumber(codes.length, lang));
        expect(section).toMatch(/<svg\s+class="drawn-chart"/);
        // The tracker is named under the scatter and under the quadrant table, beside the release.
        const figcaption = section.slice(section.indexOf('<figcaption>'), section.indexOf('</figcaption>'));
        const tableCaption = section.slice(
          section.indexOf('class="table-caption"'),
          section.indexOf('</p>', section.indexOf('class="table-caption"')),
        );
        for (const caption of [figcaption, tableCaption]) {
          // Both named as sources, under one label ("Sources: the tracker…; the Observatory…").
          expect(caption).toMatch(/(?:Sources(?:\u00a0)?: |来源：)China Global Investment Tracker/u);
          expect(caption).toContain(fixture.data.release.id);
        }
        expect(section).not.toContain('edition February');
      }
  }, 120_000);

  it('prints the scatter’s labels apart, each leader to its own label, in every language', () => {
    const number = (text: string | undefined) => Number(text);
    for (const lang of LANGS)
      for (const length of ['brief', 'report']) {
        const html = page({ template: 'overview', lang, length });
        const start = html.indexOf(`id="section-soft-hard"`);
        const svg = html.slice(html.indexOf('<svg', start), html.indexOf('</svg>', start));
        // A label's box from its baseline (the chart's text is 10 units, its box 11.5 high).
        const labels = [
          ...svg.matchAll(/class="point-label"\s+x="([\d.]+)"\s+y="([\d.]+)"[^>]*>([^<]+)</g),
        ].map((match) => {
          const text = (match[3] ?? '').trim();
          return {
            text,
            x: number(match[1]),
            y: number(match[2]) - 9.2,
            width: textWidth(text, 10),
            height: 11.5,
          };
        });
        const leaders = [
          ...svg.matchAll(/class="leader"\s+x1="([\d.]+)"\s+y1="([\d.]+)"\s+x2="([\d.]+)"\s+y2="([\d.]+)"/g),
        ].map((match) => [1, 2, 3, 4].map((group) => number(match[group])));
        const where = `${lang} ${length}`;
        expect(labels.length, where).toBeGreaterThanOrEqual(10);
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) {
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${where}: ${a.text} / ${b.text}`).toBe(true);
          }
          for (const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] of leaders) {
            // A leader ends on its own label's edge and passes through none (sampled along its length).
            const through = Array.from({ length: 99 }, (_, step) => (step + 1) / 100).some((t) => {
              const [x, y] = [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
              return x > a.x + 0.5 && x < a.x + a.width - 0.5 && y > a.y + 0.5 && y < a.y + a.height - 0.5;
            });
            expect(through, `${where}: a leader through ${a.text}`).toBe(false);
          }
        }
      }
  }, 120_000);

  it('shows a partner’s investment and agreements on one time axis, the count panel on whole-number ticks', () => {
    const html = page({ template: 'partner', subject: 'PAK', lang: 'en' });
    const start = html.indexOf(`id="section-hard"`);
    expect(start).toBeGreaterThan(-1);
    const section = html.slice(start, html.indexOf('<section', start));
    expect(section).toContain(softHardTextsFor('en').partnerUpper);
    expect(section).toContain(softHardTextsFor('en').partnerLower);
    expect(section).toContain('China Global Investment Tracker');
    const svg = section.slice(section.indexOf('<svg'), section.indexOf('</svg>'));
    const lower = svg.slice(svg.indexOf(softHardTextsFor('en').partnerLower));
    const ticks = [...lower.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((match) => match[1]);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('leaves the section out of a partner the tracker does not cover', () => {
    const covered = new Set(fixture.data.dataset.tables.hard_connectivity.map((row) => row.partner));
    const html = page({ template: 'partner', subject: 'EU', lang: 'en' });
    expect(covered.has('EU')).toBe(false);
    expect(html).not.toContain(softHardTextsFor('en').partnerTitle);
  });
});
