import { dataLabel, institutionKinds, patchwork, type Lang, type PatchworkPeriod, type RegionCode, type VerificationBasis } from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import { LAYOUT_SIZE, networkLayout } from './network-layout.js';
import { patchworkNetwork } from './patchwork-network.js';
import type { patchworkSchema } from './patchwork.schemas.js';

type PatchworkBody = Omit<z.output<typeof patchworkSchema>, 'release'>;

export interface PatchworkRequest {
  readonly lang: Lang;
  readonly basis: VerificationBasis;
  readonly period?: PatchworkPeriod | undefined;
  readonly region?: RegionCode | undefined;
  readonly layout: boolean;
}

/** Who signs with whom: core's patchwork indicators with labels in `lang`, and the network with its layout. */
export function patchworkBody(data: LoadedDataset, request: PatchworkRequest): PatchworkBody {
  const { lang, basis } = request;
  const work = patchwork(data.agreements, basis);
  const network = patchworkNetwork(data.agreements, request, lang);
  const layout = request.layout ? networkLayout(network) : null;
  return {
    lang,
    basis,
    n: work.n,
    by_chinese_body: work.by_chinese_body.map((body) => ({ ...body, name: dataLabel(body.name_en, lang) })),
    by_partner_kind: work.by_partner_kind.map((entry) => ({
      ...entry,
      label: institutionKinds.labels[entry.kind][lang],
    })),
    multilateral: [...work.multilateral],
    concentration: [...work.concentration],
    network: {
      period: request.period ?? null,
      region: request.region ?? null,
      size: layout ? LAYOUT_SIZE : null,
      nodes: network.nodes.map((node) => ({
        ...node,
        x: layout?.get(node.id)?.x ?? null,
        y: layout?.get(node.id)?.y ?? null,
      })),
      edges: network.edges.map((edge) => ({ ...edge, agreement_ids: [...edge.agreement_ids] })),
    },
  };
}
