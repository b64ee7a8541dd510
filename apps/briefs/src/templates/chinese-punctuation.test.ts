import { chinesePunctuationDefects } from '@sco/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { everyBrief } from '../test-support/every-brief.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { buildBriefPage } from './build-brief.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Elements that end a line of text: a sentence never runs on across them. */
const BLOCK =
  /<\/?(?:p|li|div|h[1-6]|td|th|tr|section|figcaption|figure|dt|dd|dl|ol|ul|table|nav|header|footer|br)\b[^>]*>/g;

/**
 * The texts a reader sees in a brief's HTML, block by block (a span's text runs on into the next), and its
 * alternative texts; the scripts' JSON and the stylesheet left out.
 */
function textsOf(html: string): string[] {
  const body = html.replace(/<(script|style)\b[^]*?<\/\1>/g, '');
  const labels = [...body.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((match) => match[1] ?? '');
  const text = body
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n');
  return [...text, ...labels]
    .map((line) => line.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? ''))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

describe('Chinese briefs punctuate as Chinese typography does', () => {
  let fixture: BriefTestData;

  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  function texts(input: Record<string, string>): string[] {
    return textsOf(
      buildBriefPage(parseBriefRequest({ lang: 'zh', ...input }), fixture.data, {
        generatedAt: new Date('2026-11-28T12:00:00Z'),
        widgetsUrl: null,
        mapGeometry: null,
      }).html,
    );
  }

  it('sets full-width marks in every sentence and data string of every brief, ASCII only in Latin runs', () => {
    const inputs = everyBrief(fixture.data, 'zh');
    expect(inputs.length).toBeGreaterThan(70);
    const seen = new Set<string>();
    const defects: string[] = [];
    for (const input of inputs) {
      for (const text of texts(input)) {
        if (seen.has(text)) continue;
        seen.add(text);
        for (const defect of chinesePunctuationDefects(text))
          defects.push(`${input.template} ${input.subject ?? ''}: ${defect} in «${text.slice(0, 120)}»`);
      }
    }
    expect(defects).toEqual([]);
    // The walk reads the brief's own sentences and the data it prints: quotes, original titles and names.
    const all = [...seen].join('\n');
    for (const expected of ['截至2023年底，', '国家标准化管理委员会', '来源：', '《'])
      expect(all, expected).toContain(expected);
    expect(seen.size).toBeGreaterThan(2000);
  }, 120_000);
});
