import { getAgreement, listAgreementIds, listAgreements, listOrganisations } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { notModified } from '../http/conditional-get.js';
import { negotiate } from '../http/negotiation.js';
import { invalidParameters, notFound } from '../http/problem.js';
import { route } from '../http/route.js';
import { flattenQuery } from '../http/validation.js';
import { aboutRows } from '../exports/export-about.js';
import { chooseFormat, MEDIA_TYPES } from '../exports/export-format.js';
import { sendExport } from '../exports/send-export.js';
import { streamCsvExport } from '../exports/stream-export.js';
import { toXlsx } from '../exports/xlsx.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { CountCache } from '../reading/count-cache.js';
import { applyReadHeaders, releaseRef, resolveRead, type ReadContext } from '../reading/read-context.js';
import { JsonText } from '../reading/json-text.js';
import { sendRead } from '../reading/send-read.js';
import { agreementHistory } from './agreement-history.js';
import { AgreementItemCache } from './agreement-item-cache.js';
import { withTitleLabel } from './agreement-list-item.js';
import { agreementView } from './agreement-view.js';
import { agreementIdParams, agreementResponseSchema, getAgreementQuery } from './agreement-detail.schemas.js';
import { agreementDetail } from './agreement-detail.service.js';
import { writeAgreementsCsv } from './agreements-csv-stream.js';
import { agreementsTable, allMatchingAgreements } from './agreements-export.js';
import {
  agreementPageSchema,
  agreementsCsvSchema,
  agreementsXlsxSchema,
  listAgreementsQuery,
} from './agreements.schemas.js';
import { recordEtag, releasedRecordEtag } from './record-etag.js';

function stateName(context: ReadContext): string {
  return context.kind === 'release' ? `release ${context.release.id}` : 'the draft';
}

/**
 * /v1/agreements: the agreements of a release (or the draft), filtered, searched, sorted and paged, or
 * exported whole as CSV or XLSX; /v1/agreements/{id}: one agreement with everything known about it.
 */
export function agreementsRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  const counts = new CountCache();
  const itemCache = new AgreementItemCache();
  route(router, registry, {
    method: 'get',
    path: '/v1/agreements',
    operationId: 'listAgreements',
    summary: 'List or export agreements',
    description:
      'Adjacent scopes are left out unless asked for. JSON pages follow the `next` cursor. With `format=csv|xlsx` ' +
      '(or an Accept header that prefers text/csv or the XLSX type) the response is a file of every matching ' +
      'agreement, in the order of `sort`: `limit` is ignored and `cursor` is refused.',
    tags: ['agreements'],
    query: listAgreementsQuery,
    responses: {
      200: {
        description: 'A page of agreements, or every matching agreement as a CSV or XLSX attachment',
        content: {
          [MEDIA_TYPES.json]: { schema: agreementPageSchema },
          [MEDIA_TYPES.csv]: { schema: agreementsCsvSchema },
          [MEDIA_TYPES.xlsx]: { schema: agreementsXlsxSchema },
        },
      },
      ...problemResponses(400, 401, 403, 404, 406, 429, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      res.vary('Accept');
      const format = chooseFormat(req, query.format);
      const { release: _release, state: _state, format: _format, lang, ...filters } = query;
      const read = { req, res, query, principal };
      if (format === 'json') {
        await sendRead(deps, read, async (context) => {
          const { sort: _sort, limit: _limit, cursor: _cursor, ...matching } = filters;
          const knownTotal = counts.get(context, matching);
          const options = knownTotal === undefined ? {} : { knownTotal };
          if (context.kind === 'release') {
            // A page of a release: its ids, then its items from those serialised before.
            const keys = await listAgreementIds(deps.db.db, context.partition, filters, options);
            counts.set(context, matching, keys.total);
            const items = await itemCache.serialised(deps.db.db, context.partition, keys.ids, lang);
            return { total: keys.total, next: keys.next, items: JsonText.array(items) };
          }
          const page = await listAgreements(deps.db.db, context.partition, filters, options);
          return {
            total: page.total,
            next: page.next,
            items: page.items.map((item) => withTitleLabel(item, lang)),
          };
        });
        return;
      }
      const { limit: _limit, cursor, sort, ...matching } = filters;
      if (cursor !== undefined) {
        throw invalidParameters([
          {
            name: 'cursor',
            in: 'query',
            reason: `a ${format} export holds every matching agreement, so it takes no cursor`,
          },
        ]);
      }
      if (format === 'csv') {
        await streamCsvExport(deps, read, 'sco-agreements', (context, write) =>
          writeAgreementsCsv(deps.db, context, { filters: matching, sort }, write),
        );
        return;
      }
      await sendExport(deps, read, format, 'sco-agreements', async (context) => {
        const [items, organisations] = await Promise.all([
          allMatchingAgreements(deps.db, context, matching, sort),
          listOrganisations(deps.db.db, context.partition),
        ]);
        const table = agreementsTable(items, organisations);
        const given = Object.entries(flattenQuery(req.query as Record<string, unknown>)).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        );
        return toXlsx(table, {
          sheet: 'Agreements',
          about: aboutRows({ context, path: req.path, query: given, rows: items.length }),
          created: context.kind === 'release' ? new Date(context.release.published_at) : deps.now(),
        });
      });
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/v1/agreements/{id}',
    operationId: 'getAgreement',
    summary: 'One agreement',
    description:
      'Its record, signature date at its precision, parties with their institutions and jurisdictions, ' +
      'sources, every provision of the codebook (present, absent or not coded, with the evidence), lineage in ' +
      'both directions, and its change history. With `lang=fr|zh` the texts the data writes in English are ' +
      'labelled in that language in the `*_label` fields (publisher, source kind, an unnamed institution, a ' +
      'lineage note) while the recorded originals stay in their own fields. The ETag names the record version: ' +
      '`"v<version>"` on the draft (send it as If-Match to edit), `"v<version>@<release>"` on a release, with ' +
      '`:fr` or `:zh` appended for a French or Chinese read.',
    tags: ['agreements'],
    query: getAgreementQuery,
    params: agreementIdParams,
    responses: {
      200: {
        description: 'The agreement',
        headers: {
          ETag: {
            description: 'Strong tag of the record version (and of the language, when not English)',
            schema: { type: 'string' },
          },
        },
        content: { [MEDIA_TYPES.json]: { schema: agreementResponseSchema } },
      },
      304: { description: 'Not modified: the If-None-Match tag is current' },
      ...problemResponses(400, 401, 403, 404, 406, 503),
    },
    handler: async ({ req, res, query, params, principal }) => {
      negotiate(req, [MEDIA_TYPES.json]);
      const context = await resolveRead(deps.db, query, principal);
      const stored = await getAgreement(deps.db.db, context.partition, params.id);
      const missing = () =>
        notFound(`There is no agreement "${params.id}" in ${stateName(context)}; see /v1/agreements`);
      if (!stored) throw missing();
      applyReadHeaders(res, context);
      const etag =
        context.kind === 'draft'
          ? recordEtag(stored.version, query.lang)
          : releasedRecordEtag(stored.version, context.release.id, query.lang);
      if (notModified(req, res, etag)) return;
      const [view, history] = await Promise.all([
        agreementView(deps.db, context, params.id),
        agreementHistory(deps.db, params.id, context),
      ]);
      if (!view) throw missing();
      res.json({
        release: releaseRef(context),
        lang: query.lang,
        agreement: agreementDetail(view.agreement, view.index, stored.version, history, query.lang),
      });
    },
  });
}
