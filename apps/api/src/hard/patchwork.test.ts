import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { patchworkSchema } from './patchwork.schemas.js';

interface Edge {
  source: string;
  target: string;
  scope: string;
  agreements: number;
  agreement_ids: string[];
}
interface Node {
  id: string;
  side: string;
  region: string | null;
  x: number | null;
  y: number | null;
}

describe.each(await testDatabases())('GET /v1/indicators/patchwork on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('counts agreements by Chinese body as the parties file says', async () => {
    const res = await request(t.app).get('/v1/indicators/patchwork').expect(200);
    expect(patchworkSchema.safeParse(res.body).error).toBeUndefined();
    const { agreements, parties } = t.dataset.tables;
    const standardisation = new Set(agreements.filter((a) => a.scope === 'standardisation').map((a) => a.id));
    const sac = new Set(
      parties
        .filter(
          (p) => p.side === 'chinese' && p.institution_id === 'sac' && standardisation.has(p.agreement_id),
        )
        .map((p) => p.agreement_id),
    );
    const bodies = res.body.by_chinese_body as { institution_id: string; agreements: number }[];
    expect(bodies.find((b) => b.institution_id === 'sac')?.agreements).toBe(sac.size);
    expect(res.body.n).toBe(standardisation.size);
  });

  it('weights each network edge by the agreements the two bodies signed, of one scope', async () => {
    const res = await request(t.app).get('/v1/indicators/patchwork').expect(200);
    const edges = res.body.network.edges as Edge[];
    const { agreements, parties } = t.dataset.tables;
    const din = edges.filter((e) => e.source === 'sac' && e.target === 'din');
    const expected = agreements
      .filter((a) =>
        ['sac', 'din'].every((id) => parties.some((p) => p.agreement_id === a.id && p.institution_id === id)),
      )
      .map((a) => a.id)
      .sort();
    expect(din.flatMap((e) => e.agreement_ids).sort()).toEqual(expected);
    for (const edge of edges) expect(edge.agreements).toBe(edge.agreement_ids.length);
    const nodes = new Set((res.body.network.nodes as Node[]).map((n) => n.id));
    for (const edge of edges) expect(nodes.has(edge.source) && nodes.has(edge.target)).toBe(true);
  });

  it('lays the network out the same way every time, inside the stated box', async () => {
    const first = await request(t.app).get('/v1/indicators/patchwork?period=2013-2019').expect(200);
    const again = await request(t.app).get('/v1/indicators/patchwork?period=2013-2019&lang=fr').expect(200);
    const positions = (body: { network: { nodes: Node[] } }) =>
      body.network.nodes.map((n) => [n.id, n.x, n.y]);
    expect(positions(again.body)).toEqual(positions(first.body));
    const size = first.body.network.size as number;
    for (const node of first.body.network.nodes as Node[]) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(size);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(size);
    }
    const bare = await request(t.app).get('/v1/indicators/patchwork?layout=false').expect(200);
    expect(bare.body.network.size).toBeNull();
    expect((bare.body.network.nodes as Node[]).every((n) => n.x === null)).toBe(true);
  });

  it('keeps only partner bodies of the region asked for', async () => {
    const res = await request(t.app).get('/v1/indicators/patchwork?region=002').expect(200);
    const partners = (res.body.network.nodes as Node[]).filter((n) => n.side === 'partner');
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.every((n) => n.region === '002')).toBe(true);
  });
});
