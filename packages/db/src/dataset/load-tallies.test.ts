import { assembleTallies } from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { loadDataset } from './load-dataset.js';
import { loadTallies } from './load-tallies.js';

describe.each(databases)('the tallies of a release read alone on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  it('are the tallies assembled from the whole release, with their own sources only', async () => {
    const alone = await loadTallies(testDb().db, FIXTURE.version);
    expect(alone).toEqual(assembleTallies(await loadDataset(testDb().db, FIXTURE.version)));
    expect(alone).toEqual(assembleTallies(FIXTURE));
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.some((tally) => tally.sources.length > 0)).toBe(true);
  });

  it('are none for a release that does not exist', async () => {
    expect(await loadTallies(testDb().db, '9.9.9')).toEqual([]);
  });
});
