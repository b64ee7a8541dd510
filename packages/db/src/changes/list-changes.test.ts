import type { ChangeDraft } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { cutRelease } from '../releases/cut-release.js';
import { databases } from '../test-support/databases.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { describeChanges } from './describe-changes.js';
import { listChanges } from './list-changes.js';
import { recordChanges } from './record-changes.js';

function change(record_id: string, field: string | null): ChangeDraft {
  return { record_type: 'agreement', record_id, field, old_value: field && '"a"', new_value: '"b"' };
}

describe.each(databases)('listChanges on $dialect', (database) => {
  const testDb = useTestDb(database);

  async function seed(): Promise<void> {
    const { db } = testDb();
    await recordChanges(db, [change('a', 'title_en'), change('a', 'notes')], {
      actor: 'ann',
      now: new Date('2024-01-01T00:00:00.000Z'),
    });
    await cutRelease(db, { id: '1.0.0', notes: '', actor: 'ann', now: new Date('2024-01-02T00:00:00.000Z') });
    await recordChanges(db, [change('b', null), change('a', 'notes')], {
      actor: 'bob',
      now: new Date('2024-02-01T00:00:00.000Z'),
    });
  }

  it('lists every change oldest first, with who, when and which release', async () => {
    await seed();
    const { changes, next } = await listChanges(testDb().db, { limit: 10 });
    expect(next).toBeNull();
    expect(
      changes.map(({ record_id, field, actor, at, release_id }) => [record_id, field, actor, at, release_id]),
    ).toEqual([
      ['a', 'title_en', 'ann', '2024-01-01T00:00:00.000Z', '1.0.0'],
      ['a', 'notes', 'ann', '2024-01-01T00:00:00.000Z', '1.0.0'],
      ['b', null, 'bob', '2024-02-01T00:00:00.000Z', null],
      ['a', 'notes', 'bob', '2024-02-01T00:00:00.000Z', null],
    ]);
    expect(changes.map((c) => c.id)).toEqual([...changes.map((c) => c.id)].sort((x, y) => x - y));
  });

  it('filters by record, field, release, unreleased and time', async () => {
    await seed();
    const { db } = testDb();
    const ids = async (query: Parameters<typeof listChanges>[1]) =>
      (await listChanges(db, query)).changes.map((c) => `${c.record_id}.${c.field ?? '*'}@${c.actor}`);
    expect(await ids({ record_type: 'agreement', record_id: 'a', limit: 10 })).toEqual([
      'a.title_en@ann',
      'a.notes@ann',
      'a.notes@bob',
    ]);
    expect(await ids({ field: 'notes', limit: 10 })).toEqual(['a.notes@ann', 'a.notes@bob']);
    expect(await ids({ release_id: '1.0.0', limit: 10 })).toEqual(['a.title_en@ann', 'a.notes@ann']);
    expect(await ids({ release_id: null, limit: 10 })).toEqual(['b.*@bob', 'a.notes@bob']);
    expect(await ids({ since: '2024-01-15', limit: 10 })).toEqual(['b.*@bob', 'a.notes@bob']);
    expect(await ids({ record_type: 'institution', limit: 10 })).toEqual([]);
  });

  it('pages with a cursor', async () => {
    await seed();
    const { db } = testDb();
    const first = await listChanges(db, { limit: 3 });
    expect(first.changes).toHaveLength(3);
    expect(first.next).toBe(first.changes[2]?.id);
    const second = await listChanges(db, { limit: 3, after: first.next ?? undefined });
    expect(second.changes).toHaveLength(1);
    expect(second.next).toBeNull();
    const all = await listChanges(db, { limit: 10 });
    expect([...first.changes, ...second.changes]).toEqual(all.changes);
  });
});

describe('describeChanges', () => {
  it('names every record once with its changed fields, creations and deletions', () => {
    expect(
      describeChanges([
        change('a', 'notes'),
        change('a', 'title_en'),
        { record_type: 'institution', record_id: 'kebs', field: null, old_value: null, new_value: '{}' },
        { record_type: 'agreement', record_id: 'old', field: null, old_value: '{}', new_value: null },
      ]),
    ).toEqual(['agreement a: notes, title_en', 'institution kebs: created', 'agreement old: deleted']);
  });
});
