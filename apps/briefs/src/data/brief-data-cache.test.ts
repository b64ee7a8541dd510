import { cutRelease, DRAFT, getAgreement, saveAgreement } from '@sco/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { BriefDataCache } from './brief-data-cache.js';
import { ReleaseNotFoundError } from './release-not-found-error.js';

describe('the brief data of the last releases read', () => {
  let fixture: BriefTestData;
  let first: string;

  /** Cuts a release that adds one copy of sac-din-1979 under a new id. */
  async function cut(id: string): Promise<void> {
    const din = await getAgreement(fixture.db.db, DRAFT, 'sac-din-1979');
    if (!din) throw new Error('sac-din-1979 is missing from the data');
    const edit = { actor: 'editor', now: new Date('2026-11-29T08:00:00Z') };
    const copy = `sac-din-copy-${id.replaceAll('.', '-')}`;
    await saveAgreement(
      fixture.db.db,
      {
        ...din.aggregate,
        id: copy,
        sources: din.aggregate.sources.map((source, i) => ({ ...source, id: `src-${copy}-${i + 1}` })),
        relations: [],
      },
      edit,
    );
    const done = await cutRelease(fixture.db.db, { id, notes: `One more copy (${id})`, ...edit });
    if (!done.ok) throw new Error(`release ${id} was refused: ${done.message}`);
  }

  beforeAll(async () => {
    fixture = await openBriefTestData();
    first = fixture.data.release.id;
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  it('reads a release once, by its id or as the latest, and follows a release published since', async () => {
    const cache = new BriefDataCache({ size: 2 });
    const latest = await cache.get(fixture.db.db);
    expect(latest.release.id).toBe(first);
    expect(latest.agreements.length).toBe(fixture.data.agreements.length);
    expect(await cache.get(fixture.db.db)).toBe(latest);
    expect(await cache.get(fixture.db.db, first)).toBe(latest);

    await cut('9.1.0');
    const next = await cache.get(fixture.db.db);
    expect(next.release.id).toBe('9.1.0');
    expect(next.agreements.length).toBe(latest.agreements.length + 1);
    expect(next.earlier?.release.id).toBe(first);
    expect(await cache.get(fixture.db.db, first)).toBe(latest);

    // A third release: the least recently read (9.1.0, as `first` was read after it) is read again.
    await cut('9.2.0');
    const third = await cache.get(fixture.db.db);
    expect(third.release.id).toBe('9.2.0');
    expect(await cache.get(fixture.db.db, first)).toBe(latest);
    const again = await cache.get(fixture.db.db, '9.1.0');
    expect(again).not.toBe(next);
    expect(again.release.id).toBe('9.1.0');
    expect(again.agreements.length).toBe(next.agreements.length);
  });

  it('refuses a release that does not exist, and keeps nothing for it', async () => {
    const cache = new BriefDataCache();
    await expect(cache.get(fixture.db.db, '0.0.9')).rejects.toBeInstanceOf(ReleaseNotFoundError);
    await expect(cache.get(fixture.db.db, '0.0.9')).rejects.toBeInstanceOf(ReleaseNotFoundError);
  });
});
