import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAgreement } from '../agreements/delete-agreement.js';
import { getAgreement } from '../agreements/get-agreement.js';
import { listAgreements } from '../agreements/list-agreements.js';
import { saveAgreement } from '../agreements/save-agreement.js';
import { importDataset } from '../import/import-dataset.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import type { Executor } from '../transaction.js';
import { normalizeSearchText } from './normalize-search-text.js';
import { ftsPhrases, likeSubstring } from './text-needles.js';

const NOW = { actor: 'test', now: new Date('2024-03-01T00:00:00.000Z') };

describe('likeSubstring and ftsPhrases', () => {
  it('escape the LIKE wildcards and the escape character, and double FTS5 quotes', () => {
    expect(likeSubstring('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
    expect(ftsPhrases([{ column: 'search_text', needle: 'say "hi"' }])).toBe('search_text : "say ""hi"""');
    expect(
      ftsPhrases([
        { column: 'search_text', needle: 'din' },
        { column: 'partner_codes', needle: ';DEU;' },
      ]),
    ).toBe('search_text : "din" AND partner_codes : ";DEU;"');
  });
});

async function searchIds(db: Executor, partition: string, q: string): Promise<string[]> {
  const page = await listAgreements(db, partition, { q, include_adjacent: true, sort: 'id', limit: 1000 });
  return page.items.map((item) => item.id);
}

/** The ids whose stored search text holds the needle within one field: the rule, computed here. */
async function expectedIds(db: Executor, partition: string, q: string): Promise<string[]> {
  const needle = normalizeSearchText(q.trim());
  const rows = await db
    .selectFrom('agreements')
    .select(['id', 'search_text'])
    .where('release_id', '=', partition)
    .execute();
  return rows
    .filter((row) => row.search_text.split('\n').some((field) => field.includes(needle)))
    .map((row) => row.id)
    .sort();
}

/** Needles cut from every field of every agreement: 1 to 8 characters, at the start, middle and end. */
function needlesOf(texts: readonly string[]): string[] {
  const needles = new Set<string>();
  for (const text of texts) {
    for (const field of text.split('\n')) {
      const chars = Array.from(field);
      for (const length of [1, 2, 3, 4, 8]) {
        for (const start of [0, Math.floor(chars.length / 2), chars.length - length]) {
          if (start >= 0 && start + length <= chars.length)
            needles.add(chars.slice(start, start + length).join(''));
        }
      }
    }
  }
  return [...needles].filter((needle) => needle.trim() !== '').sort();
}

describe.each(databases)('text search through the trigram index on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    await importDataset(testDb().db, FIXTURE, NOW);
  });

  it(
    'finds exactly the agreements whose field holds the needle, for needles of every length',
    { timeout: 60_000 },
    async () => {
      const { db } = testDb();
      const rows = await db
        .selectFrom('agreements')
        .select('search_text')
        .where('release_id', '=', '1.0.0')
        .execute();
      const needles = needlesOf(rows.map((row) => row.search_text));
      expect(needles.length).toBeGreaterThan(200);
      for (const needle of needles) {
        expect([needle, await searchIds(db, '1.0.0', needle)]).toEqual([
          needle,
          await expectedIds(db, '1.0.0', needle),
        ]);
      }
    },
  );

  it('does not match across two fields, nor quotes, backslashes and wildcards as anything but themselves', async () => {
    const { db } = testDb();
    const [first] = await db
      .selectFrom('agreements')
      .select('search_text')
      .where('release_id', '=', '1.0.0')
      .where('id', '=', 'sac-kebs-2017')
      .execute();
    const fields = first?.search_text.split('\n') ?? [];
    expect(fields.length).toBeGreaterThan(2);
    const across = `${fields[0]?.slice(-3) ?? ''} ${fields[1]?.slice(0, 3) ?? ''}`;
    expect(await searchIds(db, '1.0.0', across)).toEqual(await expectedIds(db, '1.0.0', across));
    expect(await searchIds(db, '1.0.0', across)).not.toContain('sac-kebs-2017');
    for (const q of ['"', '""', 'a"b', '\\', '\\%', '%%%', '___', 'sac*', 'NEAR(a b)', 'din OR kebs']) {
      expect([q, await searchIds(db, '1.0.0', q)]).toEqual([q, await expectedIds(db, '1.0.0', q)]);
    }
    expect(await searchIds(db, '1.0.0', '100%')).toEqual(['sac-kebs-2017']);
  });

  it('follows edits and deletions of the draft', async () => {
    const { db } = testDb();
    const stored = await getAgreement(db, DRAFT, 'sac-din-2006');
    if (!stored) throw new Error('fixture missing');
    await saveAgreement(db, { ...stored.aggregate, title_en: 'Quagga accord' }, NOW);
    expect(await searchIds(db, DRAFT, 'quagga')).toEqual(['sac-din-2006']);
    expect(await searchIds(db, '1.0.0', 'quagga')).toEqual([]);
    expect(await searchIds(db, DRAFT, 'kenya')).toEqual(await expectedIds(db, DRAFT, 'kenya'));
    await deleteAgreement(db, 'sac-kebs-2020', NOW);
    expect(await searchIds(db, DRAFT, 'kenya')).toEqual(await expectedIds(db, DRAFT, 'kenya'));
    expect(await searchIds(db, DRAFT, 'kenya')).not.toContain('sac-kebs-2020');
    expect(await searchIds(db, '1.0.0', 'kenya')).toContain('sac-kebs-2020');
  });

  it('combines the text filters of partners, regions, kinds and sectors with the search', async () => {
    const { db } = testDb();
    const page = await listAgreements(db, '1.0.0', {
      q: 'standard',
      partner: 'DEU',
      region: '150',
      partner_kind: 'country',
      sector: '35',
      include_adjacent: true,
      sort: 'id',
      limit: 100,
    });
    const rows = await db
      .selectFrom('agreements')
      .select(['id', 'search_text', 'partner_codes', 'partner_regions', 'partner_kinds', 'sector_codes'])
      .where('release_id', '=', '1.0.0')
      .execute();
    const expected = rows
      .filter(
        (row) =>
          row.search_text.split('\n').some((field) => field.includes('standard')) &&
          row.partner_codes.includes(';DEU;') &&
          row.partner_regions.includes(';150;') &&
          row.partner_kinds.includes(';country;') &&
          row.sector_codes.includes(';35;'),
      )
      .map((row) => row.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(page.items.map((item) => item.id)).toEqual(expected);
  });

  it.runIf(database.dialect === 'postgres')(
    'keys the trigram index of each text column by release and scope, so that one index scan holds one release',
    async () => {
      const { db } = testDb();
      const { rows } = await sql<{ indexname: string; indexdef: string }>`
        select indexname, indexdef from pg_indexes where tablename = 'agreements' and indexdef like '%gin_trgm_ops%'
        order by indexname`.execute(db);
      expect(rows.map((row) => [row.indexname, row.indexdef.replace(/^.* USING /u, '')])).toEqual(
        ['partner_codes', 'partner_kinds', 'partner_regions', 'search_text', 'sector_codes'].map((column) => [
          `agreements_${column}_release_trgm_idx`,
          `gin (release_id, scope, ${column} gin_trgm_ops)`,
        ]),
      );
    },
  );
});
