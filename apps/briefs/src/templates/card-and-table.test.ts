import { LANGS, type Lang } from '@sco/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerProfileBody } from '../data/body-types.js';
import { messagesFor } from '../i18n/messages-for.js';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { buildBriefPage } from './build-brief.js';
import { escapeHtml } from './html.js';

interface Config {
  readonly widgets: readonly { readonly props: { readonly data: unknown } }[];
}

/** A partner brief's profile card (its widget's inline data) and the rows of its table of indicators. */
describe('a partner’s figures on its card and in its table', () => {
  let fixture: BriefTestData;

  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  function brief(subject: string, lang: Lang): { card: PartnerProfileBody; rows: string[][] } {
    const html = buildBriefPage(
      parseBriefRequest({ template: 'partner', subject, lang, length: 'report' }),
      fixture.data,
      { generatedAt: new Date('2026-11-28T12:00:00Z'), widgetsUrl: './widgets.js', mapGeometry: null },
    ).html;
    const json = /<script type="application\/json" id="brief-config">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    const config = JSON.parse(json) as Config;
    const card = config.widgets
      .map((widget) => widget.props.data as Partial<PartnerProfileBody>)
      .find((data) => data.partner !== undefined && Array.isArray(data.indicators)) as PartnerProfileBody;
    const caption = html.indexOf(escapeHtml(messagesFor(lang).captions.partnerIndicators));
    const table = html.slice(caption, html.indexOf('</table>', caption));
    const rows = [...table.matchAll(/<tr>([^]*?)<\/tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((cell) => (cell[1] ?? '').trim()),
    );
    return { card, rows };
  }

  /** The partners one of whose shares is 0 on every basis (the card once printed "0 %", the table "0,0 %"). */
  function zeroSharePartners(): string[] {
    const codes = [
      ...new Set(
        fixture.data.agreements.flatMap((agreement) =>
          agreement.parties.flatMap((party) => (party.side === 'partner' ? [party.jurisdiction.code] : [])),
        ),
      ),
    ];
    return codes.filter((code) => {
      const { card } = brief(code, 'en');
      return card.indicators.some(
        (indicator) =>
          indicator.unit === 'share' &&
          [indicator.values.verified, indicator.values.all].every((value) => value.value === 0),
      );
    });
  }

  it.each(LANGS)('are written alike, with the same decimals, a share of 0 too (%s)', (lang) => {
    const partners = zeroSharePartners();
    expect(partners.length).toBeGreaterThan(0);
    let zeros = 0;
    for (const partner of partners.slice(0, 6)) {
      const { card, rows } = brief(partner, lang);
      expect(card.lang).toBe(lang);
      for (const indicator of card.indicators) {
        const row = rows.find((cells) => cells[0] === escapeHtml(indicator.title));
        expect(row, `${partner} ${indicator.id}`).toBeDefined();
        // The card prints the range (sco-partner's rangeText: the API's text in the card's language).
        expect(row?.at(-1), `${partner} ${indicator.id}`).toBe(escapeHtml(indicator.range));
        expect(row?.slice(1, 4), `${partner} ${indicator.id}`).toEqual(
          [indicator.values.verified, indicator.values.verified_single, indicator.values.all].map((value) =>
            escapeHtml(value.formatted),
          ),
        );
        if (indicator.unit === 'share' && indicator.values.all.value === 0) {
          zeros++;
          expect(indicator.range).toBe({ en: '0.0%', fr: '0,0\u00a0%', zh: '0.0%' }[lang]);
        }
      }
    }
    expect(zeros).toBeGreaterThan(0);
  });
});
