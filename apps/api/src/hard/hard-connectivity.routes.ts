import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { aboutRows } from '../exports/export-about.js';
import { chooseFormat, MEDIA_TYPES } from '../exports/export-format.js';
import { toCsv } from '../exports/csv.js';
import { sendExport } from '../exports/send-export.js';
import { toXlsx } from '../exports/xlsx.js';
import { invalidParameters } from '../http/problem.js';
import { route } from '../http/route.js';
import { flattenQuery } from '../http/validation.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { sendRead } from '../reading/send-read.js';
import { hardSources } from './hard-citation.js';
import { hardConnectivityTable } from './hard-connectivity-export.js';
import {
  hardConnectivityCsvSchema,
  hardConnectivityPageSchema,
  hardConnectivityXlsxSchema,
  listHardConnectivityQuery,
} from './hard-connectivity.schemas.js';
import { hardPage, matchingHardRows } from './hard-connectivity.service.js';

/** /v1/hard-connectivity: Chinese investment and construction per partner and year, paged or exported. */
export function hardConnectivityRoutes(
  router: Router,
  registry: ApiRegistry,
  deps: AppDeps,
  datasets: DatasetCache,
): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/hard-connectivity',
    operationId: 'listHardConnectivity',
    summary: 'List or export hard connectivity (investment and construction per partner and year)',
    description:
      'Chinese investment and construction per partner country and year (USD millions), derived from a ' +
      'deal-level source such as the China Global Investment Tracker, which covers deals of USD 100 million or ' +
      'more from 2005. `sources` names the source and edition to cite with every figure. JSON pages follow the ' +
      '`next` cursor; with `format=csv|xlsx` (or an Accept header that prefers them) the response is a file of ' +
      'every matching row: `limit` is ignored and `cursor` is refused.',
    tags: ['hard connectivity'],
    query: listHardConnectivityQuery,
    responses: {
      200: {
        description: 'A page of partner-years, or every matching partner-year as a CSV or XLSX attachment',
        content: {
          [MEDIA_TYPES.json]: { schema: hardConnectivityPageSchema },
          [MEDIA_TYPES.csv]: { schema: hardConnectivityCsvSchema },
          [MEDIA_TYPES.xlsx]: { schema: hardConnectivityXlsxSchema },
        },
      },
      ...problemResponses(400, 401, 403, 404, 406, 429, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      res.vary('Accept');
      const format = chooseFormat(req, query.format);
      const { lang, limit, cursor } = query;
      const filters = {
        partner: query.partner,
        region: query.region,
        from: query.from,
        to: query.to,
        kind: query.kind,
      };
      const read = { req, res, query, principal };
      const rowsOf = async (context: ReadContext) => {
        const { dataset } = await datasets.get(context);
        const all = dataset.tables.hard_connectivity;
        return {
          rows: matchingHardRows(all, dataset.tables.organisations, filters, format === 'json' ? lang : 'en'),
          sources: hardSources(all),
        };
      };
      if (format === 'json') {
        await sendRead(deps, read, async (context) => {
          const { rows, sources } = await rowsOf(context);
          const page = hardPage(rows, limit, cursor);
          return { total: page.total, next: page.next, sources, items: page.items };
        });
        return;
      }
      if (cursor !== undefined) {
        throw invalidParameters([
          {
            name: 'cursor',
            in: 'query',
            reason: `a ${format} export holds every matching row, so it takes no cursor`,
          },
        ]);
      }
      await sendExport(deps, read, format, 'sco-hard-connectivity', async (context) => {
        const { rows, sources } = await rowsOf(context);
        const table = hardConnectivityTable(rows);
        if (format === 'csv') return toCsv(table);
        const given = Object.entries(flattenQuery(req.query as Record<string, unknown>)).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        );
        return toXlsx(table, {
          sheet: 'Hard connectivity',
          about: [
            ...aboutRows({ context, path: req.path, query: given, rows: rows.length }),
            ['Source', sources.map((source) => source.citation).join('; ') || '(no hard-connectivity data)'],
          ],
          created: context.kind === 'release' ? new Date(context.release.published_at) : deps.now(),
        });
      });
    },
  });
}
