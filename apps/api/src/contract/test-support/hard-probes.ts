import request from 'supertest';
import { z } from 'zod';
import { bearer } from '../../auth/test-support/test-keys.js';
import type { ProbeContext, ProbeGroup } from './probe.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const page = z.object({ next: z.string().nullable() });

/** A GET of the app, as a client on another site would send it. */
function get({ app }: ProbeContext, path: string, accept = 'application/json') {
  return request(app).get(path).set('Accept', accept).set('Origin', 'https://partner.example');
}

async function readErrors(context: ProbeContext, operationId: string, path: string): Promise<void> {
  const { session } = context;
  await session.send(operationId, get(context, `${path}?release=9.9.9`), 404);
  await session.send(operationId, get(context, `${path}?state=draft`), 401);
  await session.send(operationId, get(context, path, 'image/png'), 406);
}

/** The hard-connectivity reads: the list and its exports, soft vs hard, the patchwork. */
export const hardProbes: readonly ProbeGroup[] = [
  {
    operationId: 'listHardConnectivity',
    run: async (context) => {
      const { session, keys } = context;
      const op = 'listHardConnectivity';
      const first = page.parse(await session.json(op, get(context, '/v1/hard-connectivity?limit=100'), 200));
      await session.send(op, get(context, `/v1/hard-connectivity?limit=100&cursor=${first.next ?? ''}`), 200);
      await session.send(
        op,
        get(context, '/v1/hard-connectivity?partner=KEN&from=2010&to=2019&lang=zh'),
        200,
      );
      await session.send(op, get(context, '/v1/hard-connectivity?region=150&kind=unspecified'), 200);
      await session.send(op, get(context, '/v1/hard-connectivity?format=csv&region=002', 'text/csv'), 200);
      await session.send(op, get(context, '/v1/hard-connectivity?partner=PAK', XLSX), 200);
      await session.send(op, get(context, '/v1/hard-connectivity?state=draft').set(bearer(keys.editor)), 200);
      await session.send(op, get(context, '/v1/hard-connectivity?kind=aid&from=20'), 400);
      await session.send(op, get(context, '/v1/hard-connectivity?format=xlsx&cursor=KEN-2015', XLSX), 400);
      await readErrors(context, op, '/v1/hard-connectivity');
    },
  },
  {
    operationId: 'getSoftHard',
    run: async (context) => {
      const { session } = context;
      const op = 'getSoftHard';
      await session.send(op, get(context, '/v1/indicators/soft-hard'), 200);
      await session.send(op, get(context, '/v1/indicators/soft-hard?lang=zh&basis=verified_single'), 200);
      await session.send(op, get(context, '/v1/indicators/soft-hard?basis=some'), 400);
      await readErrors(context, op, '/v1/indicators/soft-hard');
    },
  },
  {
    operationId: 'getPatchwork',
    run: async (context) => {
      const { session } = context;
      const op = 'getPatchwork';
      await session.send(op, get(context, '/v1/indicators/patchwork'), 200);
      await session.send(op, get(context, '/v1/indicators/patchwork?period=-2012&region=150&lang=fr'), 200);
      await session.send(op, get(context, '/v1/indicators/patchwork?basis=verified&layout=false'), 200);
      await session.send(op, get(context, '/v1/indicators/patchwork?period=1990s'), 400);
      await readErrors(context, op, '/v1/indicators/patchwork');
    },
  },
];
