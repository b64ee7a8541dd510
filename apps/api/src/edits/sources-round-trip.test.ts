import { DRAFT, getAgreement } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

interface ReadSource {
  id: string;
  kind: string;
  kind_label: string;
  quote_basis: string | null;
  reposts: string | null;
  curator_note?: string | null;
}

describe.each(await testDatabases())(
  'GET then PATCH of an agreement keeps its sources on $dialect',
  (database) => {
    let t: TestApp;
    let keys: TestKeys;
    beforeAll(async () => {
      t = await openTestApp(database);
      keys = await createTestKeys(t.db);
    });
    afterAll(async () => {
      await t.dispose();
    });

    /** The first agreement of the real data with a repost that carries both a curator's note and `reposts`. */
    function annotated(): { agreementId: string; sourceId: string; note: string; reposts: string } {
      for (const source of t.dataset.tables.sources) {
        if (
          source.subject_type === 'agreement' &&
          source.kind === 'mirror' &&
          source.curator_note &&
          source.reposts
        ) {
          return {
            agreementId: source.subject_id,
            sourceId: source.id,
            note: source.curator_note,
            reposts: source.reposts,
          };
        }
      }
      throw new Error('the data has no annotated repost');
    }

    it('returns quote_basis, reposts and the public kind label, never the curator note', async () => {
      const { agreementId, sourceId, reposts } = annotated();
      const res = await request(t.app).get(`/v1/agreements/${agreementId}`).expect(200);
      const source = (res.body.agreement.sources as ReadSource[]).find((s) => s.id === sourceId);
      expect(source).toMatchObject({ kind: 'mirror', kind_label: 'repost', reposts });
      expect(source?.quote_basis).toMatch(/^(verbatim|paraphrase)$/);
      expect(source).not.toHaveProperty('curator_note');
    });

    it('takes the sources back as read: nothing but the changed field changes, the curator note stays', async () => {
      const { agreementId, sourceId, note } = annotated();
      const before = await getAgreement(t.db.db, DRAFT, agreementId);
      const read = await request(t.app).get(`/v1/agreements/${agreementId}`).expect(200);
      const res = await request(t.app)
        .patch(`/v1/agreements/${agreementId}`)
        .set(bearer(keys.editor))
        .set('If-Match', read.headers['etag'] as string)
        .send({ title_en: 'Retitled after a read', sources: read.body.agreement.sources })
        .expect(200);
      expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual(['title_en']);
      const after = await getAgreement(t.db.db, DRAFT, agreementId);
      expect(after?.aggregate.sources).toEqual(before?.aggregate.sources);
      expect(after?.aggregate.sources.find((s) => s.id === sourceId)?.curator_note).toBe(note);

      const sources = (read.body.agreement.sources as ReadSource[]).map((s) =>
        s.id === sourceId ? { ...s, curator_note: null } : s,
      );
      const cleared = await request(t.app)
        .patch(`/v1/agreements/${agreementId}`)
        .set(bearer(keys.editor))
        .set('If-Match', res.headers['etag'] as string)
        .send({ sources })
        .expect(200);
      expect(cleared.body.changes.map((c: { field: string }) => c.field)).toEqual(['sources']);
      const last = await getAgreement(t.db.db, DRAFT, agreementId);
      expect(last?.aggregate.sources.find((s) => s.id === sourceId)?.curator_note).toBeNull();
    });
  },
);
