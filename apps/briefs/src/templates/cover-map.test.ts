import { DEFAULT_INDICATOR_FILTER, LANGS, selectAgreements } from '@sco/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerListBody } from '../data/body-types.js';
import { coverMapTextsFor } from '../i18n/cover-map-texts.js';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { buildBriefPage } from './build-brief.js';
import type { PageConfig } from './document.js';
import { escapeHtml } from './html.js';

/** The widget's own title, which a cover must not show ("Agreements by partner" on a partner's cover). */
const GENERIC_TITLES = ['Agreements by partner', 'Accords par partenaire', '按合作方统计的协议'];

describe('the map on a brief’s cover', () => {
  let fixture: BriefTestData;

  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  function build(input: Record<string, string>) {
    const page = buildBriefPage(parseBriefRequest(input), fixture.data, {
      generatedAt: new Date('2026-11-28T12:00:00Z'),
      widgetsUrl: './widgets/sco-widgets.js',
      mapGeometry: { type: 'Topology' },
    });
    const cover = page.html.slice(0, page.html.indexOf('<nav class="toc'));
    const config = JSON.parse(
      /<script type="application\/json" id="brief-config">([\s\S]*?)<\/script>/.exec(page.html)?.[1] ?? '',
    ) as PageConfig;
    const figure = /<figure class="cover-map">([\s\S]*?)<\/figure>/.exec(cover)?.[1] ?? '';
    const id = /<sco-map\s+class="widget"\s+data-widget="([^"]+)"/.exec(figure)?.[1];
    const map = config.widgets.find((widget) => widget.id === id)?.props as
      { data: PartnerListBody; geometryData: unknown } | undefined;
    const title = /<figcaption class="cover-map-title">([\s\S]*?)<\/figcaption>/.exec(figure)?.[1]?.trim();
    return { cover, figure, map, title, html: page.html };
  }

  it.each(LANGS)('is on every cover, under a title of its own (%s)', (lang) => {
    const texts = coverMapTextsFor(lang);
    for (const [input, expected] of [
      [{ template: 'overview' }, texts.overview],
      [{ template: 'region', subject: '142' }, null],
      [{ template: 'partner', subject: 'RUS' }, null],
      [{ template: 'sector', subject: '35' }, null],
    ] as const) {
      const { figure, map, title } = build({ ...input, lang });
      expect(figure, input.template).toContain('<sco-map');
      expect(map?.geometryData, input.template).toEqual({ type: 'Topology' });
      expect(title, input.template).toBeTruthy();
      for (const generic of GENERIC_TITLES) expect(title).not.toBe(generic);
      if (expected !== null) expect(title).toBe(escapeHtml(expected));
    }
  });

  it('crops a region’s map to the region and shows its partners only', () => {
    const { figure, map, title } = build({ template: 'region', subject: '142', lang: 'en' });
    expect(figure).toContain('region="142"');
    expect(title).toBe(escapeHtml(coverMapTextsFor('en').region('Asia')));
    expect(map?.data.items.length).toBeGreaterThan(5);
    for (const item of map?.data.items ?? []) expect(item.region).toBe('142');
  });

  it.each(LANGS)(
    'draws the map of an overview and of a region once, on the cover, refers to it from the partners’ section and numbers the figures from 1 (%s)',
    (lang) => {
      for (const input of [{ template: 'overview' }, { template: 'region', subject: '142' }] as Record<
        string,
        string
      >[]) {
        for (const length of ['brief', 'report']) {
          const label = `${input['template']} ${length}`;
          const { html } = build({ ...input, lang, length });
          const cover = html.indexOf('<figure class="cover-map">');
          expect(cover, label).toBeGreaterThan(-1);
          expect(html.match(/<sco-map\b/g), label).toHaveLength(1);
          expect(html.indexOf('<sco-map'), label).toBeGreaterThan(cover);
          const geography =
            /<section\s+class="brief-section geography-section[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
          expect(geography, label).toContain(escapeHtml(coverMapTextsFor(lang).seeCover));
          // The body's figures are numbered 1, 2, 3… without a gap where a second map was.
          const numbers = [...html.matchAll(/<figure class="figure[^"]*" id="figure-(\d+)"/g)].map((match) =>
            Number(match[1]),
          );
          expect(numbers.length, label).toBeGreaterThan(2);
          expect(numbers, label).toEqual(numbers.map((_, index) => index + 1));
        }
      }
    },
  );

  it('locates a partner alone, with the count its cover states', () => {
    const { cover, map, title } = build({ template: 'partner', subject: 'RUS', lang: 'en' });
    expect(map?.data.items.map((item) => item.code)).toEqual(['RUS']);
    const count = map?.data.items[0]?.agreements.headline.count ?? -1;
    expect(title).toBe(escapeHtml(coverMapTextsFor('en').partner('Russian Federation', String(count))));
    // The findings on the same cover count the same agreements.
    expect(cover).toContain(`documents ${count} agreements`);
  });

  it('titles a partner’s map with one agreement in the singular', () => {
    expect(build({ template: 'partner', subject: 'ASEAN', lang: 'en' }).title).toBe(
      'Association of Southeast Asian Nations: 1 documented agreement of standardisation scope',
    );
    expect(build({ template: 'partner', subject: 'ASEAN', lang: 'fr' }).title).toContain(
      ' : 1 accord documenté de portée normative',
    );
  });

  it('shades a sector’s partners by their agreements in the sector', () => {
    const { map } = build({ template: 'sector', subject: '35', lang: 'en' });
    const inSector = selectAgreements(fixture.data.agreements, {
      ...DEFAULT_INDICATOR_FILTER,
      sector: ['35'],
    }).items.map((item) => item.agreement);
    const expected = new Map<string, number>();
    for (const agreement of inSector)
      for (const partner of agreement.partners)
        expected.set(partner.code, (expected.get(partner.code) ?? 0) + 1);
    const shown = new Map(map?.data.items.map((item) => [item.code, item.agreements.headline.count]));
    expect(shown).toEqual(expected);
    expect(shown.size).toBeGreaterThan(0);
  });
});
