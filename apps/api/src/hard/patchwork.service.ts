import {
  institutionNameIn,
  institutionKinds,
  patchwork,
  type Lang,
  type PatchworkPeriod,
  type RegionCode,
  type VerificationBasis,
} from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import { LAYOUT_SIZE, networkLayout } from './network-layout.js';
import { patchworkNetwork, type Network } from './patchwork-network.js';
import type { patchworkSchema } from './patchwork.schemas.js';

type PatchworkBody = Omit<z.output<typeof patchworkSchema>, 'release'>;

export interface PatchworkRequest {
  readonly lang: Lang;
  readonly basis: VerificationBasis;
  readonly period?: PatchworkPeriod | undefined;
  readonly region?: RegionCode | undefined;
  readonly layout: boolean;
}

// Layouts take a few hundred ticks: kept per loaded state and filter (the language does not move a node).
const layouts = new WeakMap<LoadedDataset, Map<string, ReturnType<typeof networkLayout>>>();

function layoutOf(data: LoadedDataset, request: PatchworkRequest, network: Network) {
  const key = [request.basis, request.period ?? '', request.region ?? ''].join(' ');
  const own = layouts.get(data) ?? new Map<string, ReturnType<typeof networkLayout>>();
  layouts.set(data, own);
  let layout = own.get(key);
  if (!layout) {
    layout = networkLayout(network);
    own.set(key, layout);
  }
  return layout;
}

/** Who signs with whom: core's patchwork indicators with labels in `lang`, and the network with its layout. */
export function patchworkBody(data: LoadedDataset, request: PatchworkRequest): PatchworkBody {
  const { lang, basis } = request;
  const work = patchwork(data.agreements, basis);
  const network = patchworkNetwork(data.agreements, request, lang);
  const layout = request.layout ? layoutOf(data, request, network) : null;
  const originals = new Map(
    data.agreements.flatMap((agreement) =>
      agreement.parties.map((party) => [party.institution.id, party.institution.name_original] as const),
    ),
  );
  return {
    lang,
    basis,
    n: work.n,
    by_chinese_body: work.by_chinese_body.map((body) => ({
      ...body,
      name: institutionNameIn(
        { name_en: body.name_en, name_original: originals.get(body.institution_id) ?? null },
        lang,
      ),
    })),
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
