import request from 'supertest';
import { z } from 'zod';
import { bearer } from '../../auth/test-support/test-keys.js';
import type { ProbeContext, ProbeGroup } from './probe.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ids = z.object({
  items: z.array(z.object({ id: z.string() })),
  next: z.string().nullable().optional(),
});
const codes = z.object({ items: z.array(z.object({ code: z.string() })) });
const indicators = z.object({
  items: z.array(z.object({ id: z.string(), group_bys: z.array(z.object({ id: z.string() })) })),
});

/** A GET of the app, as a client on another site would send it. */
function get({ app }: ProbeContext, path: string, accept = 'application/json') {
  return request(app).get(path).set('Accept', accept).set('Origin', 'https://partner.example');
}

/** The errors every read with the release parameters can answer: unknown release, draft without key, 406. */
async function readErrors(context: ProbeContext, operationId: string, path: string): Promise<void> {
  const { session } = context;
  await session.send(operationId, get(context, `${path}?release=9.9.9`), 404);
  await session.send(operationId, get(context, `${path}?state=draft`), 401);
  await session.send(operationId, get(context, path, 'image/png'), 406);
}

export const readProbes: readonly ProbeGroup[] = [
  {
    operationId: 'health',
    run: async (context) => {
      await context.session.send('health', get(context, '/healthz'), 200);
    },
  },
  {
    operationId: 'ready',
    run: async (context) => {
      await context.session.send('ready', get(context, '/readyz'), 200);
    },
  },
  {
    operationId: 'listAgreements',
    run: async (context) => {
      const { session, keys, state } = context;
      const op = 'listAgreements';
      await session.send(op, get(context, '/v1/agreements?limit=50&from=2010&sort=-signed_date'), 200);
      await session.send(op, get(context, `/v1/agreements?q=${encodeURIComponent('标准')}&partner=DEU`), 200);
      await session.send(op, get(context, '/v1/agreements?region=142&type=mou&verification=verified'), 200);
      let cursor: string | null | undefined = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = ids.parse(
          await session.json(
            op,
            get(context, `/v1/agreements?include_adjacent=true&limit=60&sort=id${query}`),
            200,
          ),
        );
        state.agreementIds.push(...page.items.map((item) => item.id));
        cursor = page.next;
      } while (cursor);
      await session.send(op, get(context, '/v1/agreements?format=csv&partner=DEU', 'text/csv'), 200);
      await session.send(op, get(context, '/v1/agreements?include_adjacent=true', XLSX), 200);
      await session.send(op, get(context, '/v1/agreements?state=draft').set(bearer(keys.editor)), 200);
      await session.send(op, get(context, '/v1/agreements?limit=0&type=treaty&colour=red'), 400);
      await session.send(op, get(context, '/v1/agreements?format=csv&cursor=abc', 'text/csv'), 400);
      await session.send(op, get(context, '/v1/agreements?cursor=not-a-cursor'), 400);
      await readErrors(context, op, '/v1/agreements');
    },
  },
  {
    operationId: 'getAgreement',
    run: async (context) => {
      const { session, keys, state } = context;
      const op = 'getAgreement';
      for (const id of state.agreementIds) {
        const res = await session.send(op, get(context, `/v1/agreements/${id}`), 200);
        const etag = res.headers['etag'] ?? '';
        await session.send(op, get(context, `/v1/agreements/${id}`).set('If-None-Match', etag), 304);
      }
      const first = state.agreementIds[0] ?? '';
      await session.send(op, get(context, `/v1/agreements/${first}?release=1.0.0`), 200);
      for (const lang of ['fr', 'zh']) {
        await session.send(op, get(context, `/v1/agreements/${first}?lang=${lang}`), 200);
      }
      await session.send(op, get(context, `/v1/agreements/${first}?lang=de`), 400);
      await session.send(
        op,
        get(context, `/v1/agreements/${first}?state=draft`).set(bearer(keys.editor)),
        200,
      );
      await session.send(op, get(context, '/v1/agreements/Not_A_Slug!'), 400);
      await session.send(op, get(context, '/v1/agreements/no-such-agreement-1999'), 404);
      await readErrors(context, op, `/v1/agreements/${first}`);
    },
  },
  {
    operationId: 'listIndicators',
    run: async (context) => {
      const { session } = context;
      for (const lang of ['en', 'fr', 'zh']) {
        await session.send('listIndicators', get(context, `/v1/indicators?lang=${lang}`), 200);
      }
      await session.send('listIndicators', get(context, '/v1/indicators?lang=de'), 400);
      await readErrors(context, 'listIndicators', '/v1/indicators');
    },
  },
  {
    operationId: 'getIndicatorValues',
    run: async (context) => {
      const { session } = context;
      const op = 'getIndicatorValues';
      const catalogue = indicators.parse(
        await session.json('listIndicators', get(context, '/v1/indicators'), 200),
      );
      for (const indicator of catalogue.items) {
        await session.send(op, get(context, `/v1/indicators/${indicator.id}`), 200);
        for (const groupBy of indicator.group_bys) {
          await session.send(
            op,
            get(context, `/v1/indicators/${indicator.id}?group_by=${groupBy.id}&lang=fr`),
            200,
          );
        }
      }
      await session.send(
        op,
        get(
          context,
          '/v1/indicators/bri_share?region=150,142&year_from=2010&year_to=2023&include_adjacent=true&lang=zh',
        ),
        200,
      );
      await session.send(op, get(context, '/v1/indicators/agreements?group_by=colour&year_from=20x0'), 400);
      await session.send(op, get(context, '/v1/indicators/no_such_indicator'), 404);
      await readErrors(context, op, '/v1/indicators/agreements');
    },
  },
  {
    operationId: 'listPartners',
    run: async (context) => {
      const { session, state } = context;
      const op = 'listPartners';
      const list = codes.parse(await session.json(op, get(context, '/v1/partners'), 200));
      state.partnerCodes.push(...list.items.map((item) => item.code));
      await session.send(op, get(context, '/v1/partners?lang=zh&sort=-agreements&region=142'), 200);
      await session.send(op, get(context, '/v1/partners?kind=organisation&q=asean&lang=fr'), 200);
      await session.send(op, get(context, '/v1/partners?kind=planet&sort=size'), 400);
      await readErrors(context, op, '/v1/partners');
    },
  },
  {
    operationId: 'getPartner',
    run: async (context) => {
      const { session, state } = context;
      const op = 'getPartner';
      for (const code of state.partnerCodes)
        await session.send(op, get(context, `/v1/partners/${code}`), 200);
      await session.send(op, get(context, '/v1/partners/DEU?include_adjacent=true&lang=zh'), 200);
      await session.send(op, get(context, '/v1/partners/deu'), 400);
      await session.send(op, get(context, '/v1/partners/ZZZ'), 404);
      await readErrors(context, op, '/v1/partners/DEU');
    },
  },
  {
    operationId: 'listTallies',
    run: async (context) => {
      const { session } = context;
      await session.send('listTallies', get(context, '/v1/tallies'), 200);
      await session.send('listTallies', get(context, '/v1/tallies?series=cumulative&lang=fr'), 200);
      await session.send('listTallies', get(context, '/v1/tallies?series=yearly-ish'), 400);
      await readErrors(context, 'listTallies', '/v1/tallies');
    },
  },
  {
    operationId: 'listReleases',
    run: async (context) => {
      const { session, state } = context;
      const list = ids.parse(await session.json('listReleases', get(context, '/v1/releases'), 200));
      state.releaseIds.push(...list.items.map((item) => item.id));
      await session.send('listReleases', get(context, '/v1/releases', 'text/html'), 406);
    },
  },
  {
    operationId: 'getRelease',
    run: async (context) => {
      const { session, state } = context;
      for (const id of state.releaseIds)
        await session.send('getRelease', get(context, `/v1/releases/${id}`), 200);
      await session.send('getRelease', get(context, '/v1/releases/v1'), 400);
      await session.send('getRelease', get(context, '/v1/releases/9.9.9'), 404);
      await session.send('getRelease', get(context, '/v1/releases/1.0.0', 'text/html'), 406);
    },
  },
  {
    operationId: 'downloadReleaseDataPackage',
    run: async (context) => {
      const { session, state } = context;
      const op = 'downloadReleaseDataPackage';
      for (const id of state.releaseIds) {
        await session.send(op, get(context, `/v1/releases/${id}/datapackage.zip`, 'application/zip'), 200);
      }
      await session.send(op, get(context, '/v1/releases/latest/datapackage.zip', 'application/zip'), 400);
      await session.send(op, get(context, '/v1/releases/9.9.9/datapackage.zip', 'application/zip'), 404);
      await session.send(op, get(context, '/v1/releases/1.0.0/datapackage.zip'), 406);
    },
  },
  {
    operationId: 'listChanges',
    run: async (context) => {
      const { session, keys } = context;
      const op = 'listChanges';
      await session.send(op, get(context, '/v1/changes'), 200);
      await session.send(op, get(context, '/v1/changes?record=sac-din-2006&limit=5'), 200);
      await session.send(op, get(context, '/v1/changes?release=1.0.0&record_type=agreement'), 200);
      await session.send(op, get(context, '/v1/changes?release=unreleased').set(bearer(keys.editor)), 200);
      await session.send(op, get(context, '/v1/changes?since=yesterday&limit=5000'), 400);
      await session.send(op, get(context, '/v1/changes?release=unreleased'), 401);
      await session.send(op, get(context, '/v1/changes?release=9.9.9'), 404);
      await session.send(op, get(context, '/v1/changes', 'text/html'), 406);
    },
  },
  {
    operationId: 'feed',
    run: async (context) => {
      await context.session.send('feed', get(context, '/v1/feed.atom', 'application/atom+xml'), 200);
      await context.session.send('feed', get(context, '/v1/feed.atom', 'application/json'), 406);
    },
  },
  {
    operationId: 'cite',
    run: async (context) => {
      const { session } = context;
      await session.send('cite', get(context, '/v1/cite?partner=DEU', 'text/plain'), 200);
      for (const format of ['text', 'bibtex', 'ris', 'json']) {
        await session.send(
          'cite',
          get(context, `/v1/cite?region=150&from=2010&format=${format}`, '*/*'),
          200,
        );
      }
      await session.send('cite', get(context, '/v1/cite', 'application/x-bibtex'), 200);
      await session.send('cite', get(context, '/v1/cite?from=2030&to=2020'), 400);
      await session.send('cite', get(context, '/v1/cite?release=9.9.9'), 404);
      await session.send('cite', get(context, '/v1/cite', 'image/png'), 406);
    },
  },
];
