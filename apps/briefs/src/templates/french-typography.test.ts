import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { everyBrief } from '../test-support/every-brief.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { buildBriefPage } from './build-brief.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * What a French brief writes in its own words: its HTML without the scripts and the stylesheet, without what it
 * takes from the sources as they write it (a verbatim quote `<q>`, an original title, an institution's original
 * name: they keep the source's characters, see data/README.md), without texts marked as in another language and
 * without addresses.
 */
function ownWords(html: string): string[] {
  const body = html
    .replace(/<(script|style)\b[^]*?<\/\1>/g, '')
    .replace(/<q\b[^]*?<\/q\s*>/g, '')
    .replace(/<span class="(?:title original|title-original|name-original)"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<(span|cite|div|p|td)\b[^>]*\blang="(?!fr\b)[^"]*"[^>]*>[^]*?<\/\1>/g, '')
    .replace(/\bhttps?:\/\/\S+/g, '');
  return body
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((line) => line.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? ''))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

describe('French briefs write French typography in their own words', () => {
  let fixture: BriefTestData;

  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  const page = (input: Record<string, string>) =>
    buildBriefPage(parseBriefRequest({ lang: 'fr', ...input }), fixture.data, {
      generatedAt: new Date('2026-11-28T12:00:00Z'),
      widgetsUrl: null,
      mapGeometry: null,
    }).html;

  it('the typographic apostrophe (’) in every sentence and data label of every brief; a quote keeps its own', () => {
    const inputs = everyBrief(fixture.data, 'fr');
    expect(inputs.length).toBeGreaterThan(70);
    const seen = new Set<string>();
    const defects: string[] = [];
    for (const input of inputs)
      for (const text of ownWords(page(input))) {
        if (seen.has(text)) continue;
        seen.add(text);
        if (text.includes("'"))
          defects.push(`${input.template} ${input.subject ?? ''}: «${text.slice(0, 160)}»`);
      }
    expect(defects).toEqual([]);
    const all = [...seen].join('\n');
    expect(all).toContain('’');
    expect(seen.size).toBeGreaterThan(1500);
  }, 300_000);
});
