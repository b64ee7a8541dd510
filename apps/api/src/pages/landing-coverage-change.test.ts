import { cutRelease, DRAFT, getAgreement, saveAgreement } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

describe.each(await testDatabases())('the landing page after a second release on $dialect', (database) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await openTestApp(database);
    // Release 1.1.0 adds one standardisation document dated 2010 with DIN, a partner every tally already
    // counts (sac-din-1979): +1 document and no new partner by each of the four tallies.
    const din = await getAgreement(t.db.db, DRAFT, 'sac-din-1979');
    if (!din) throw new Error('sac-din-1979 is missing from the data');
    const edit = { actor: 'editor', now: new Date('2026-11-29T08:00:00Z') };
    await saveAgreement(
      t.db.db,
      {
        ...din.aggregate,
        id: 'sac-din-2010-test',
        signed_date: '2010-05-01',
        signed_no_later_than: null,
        sources: din.aggregate.sources.map((source, i) => ({
          ...source,
          id: `src-sac-din-2010-test-${i + 1}`,
        })),
        relations: [],
      },
      edit,
    );
    const cut = await cutRelease(t.db.db, { id: '1.1.0', notes: 'One more DIN document', ...edit });
    if (!cut.ok) throw new Error(`release 1.1.0 was refused: ${cut.message}`);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('adds the change since the release before to the coverage table, in all records', async () => {
    const page = (await request(t.app).get('/').expect(200)).text;
    expect(page).toContain('<th scope="col">Change since 1.0.0 (all records)</th>');
    const rows = [...page.matchAll(/<tr>\s*<th scope="row">(\d[^<]*)<\/th>((?:\s*<td>[^<]+<\/td>){5})/g)].map(
      (m) => [m[1], ...[...(m[2] ?? '').matchAll(/<td>([^<]+)<\/td>/g)].map((cell) => cell[1])].slice(-2),
    );
    // The all-records column is the 1.0.0 figures of the pages test plus one document.
    expect(rows).toEqual([
      ['69–70 / 46', '+1 / 0'],
      ['85–87 / 51', '+1 / 0'],
      ['87 / 51', '+1 / 0'],
      ['104 / 61', '+1 / 0'],
    ]);
  });
});
