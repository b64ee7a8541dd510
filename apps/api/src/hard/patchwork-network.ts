import {
  includedIn,
  institutionNameIn,
  patchworkPeriod,
  scopes,
  type Agreement,
  type Lang,
  type PatchworkPeriod,
  type RegionCode,
  type Scope,
  type VerificationBasis,
} from '@sco/core';

export interface NetworkNode {
  readonly id: string;
  readonly side: 'chinese' | 'partner';
  readonly label: string;
  readonly name: string;
  readonly jurisdiction: string;
  readonly region: RegionCode | null;
  readonly agreements: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly scope: Scope;
  readonly scope_label: string;
  readonly agreements: number;
  readonly agreement_ids: readonly string[];
}

export interface NetworkFilter {
  readonly basis: VerificationBasis;
  readonly period?: PatchworkPeriod | undefined;
  readonly region?: RegionCode | undefined;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

const byId = <T extends { readonly id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The bipartite network of Chinese signatory bodies and partner bodies: an edge per pair and scope, weighted
 * by the agreements they signed together. Every scope counts (the colour tells them apart); the period
 * and region filters keep the agreements signed in the period and the partner bodies of the region.
 */
export function patchworkNetwork(
  agreements: readonly Agreement[],
  filter: NetworkFilter,
  lang: Lang,
): Network {
  const nodes = new Map<string, NetworkNode & { ids: Set<string> }>();
  const edges = new Map<string, { source: string; target: string; scope: Scope; ids: Set<string> }>();
  for (const agreement of agreements) {
    if (!includedIn(filter.basis, agreement.verification)) continue;
    if (filter.period !== undefined && patchworkPeriod(agreement.signed.year) !== filter.period) continue;
    const chinese = agreement.parties.filter((p) => p.side === 'chinese');
    const partners = agreement.parties.filter(
      (p) => p.side === 'partner' && (filter.region === undefined || p.jurisdiction.region === filter.region),
    );
    for (const c of chinese)
      for (const p of partners) {
        for (const [party, side] of [
          [c, 'chinese'],
          [p, 'partner'],
        ] as const) {
          const { institution, jurisdiction } = party;
          const node = nodes.get(institution.id) ?? {
            id: institution.id,
            side,
            label: institution.acronym ?? institutionNameIn(institution, lang),
            name: institutionNameIn(institution, lang),
            jurisdiction: jurisdiction.code,
            region: jurisdiction.region,
            agreements: 0,
            ids: new Set<string>(),
          };
          node.ids.add(agreement.id);
          nodes.set(institution.id, node);
        }
        const key = `${c.institution.id}\u0000${p.institution.id}\u0000${agreement.scope}`;
        const edge = edges.get(key) ?? {
          source: c.institution.id,
          target: p.institution.id,
          scope: agreement.scope,
          ids: new Set<string>(),
        };
        edge.ids.add(agreement.id);
        edges.set(key, edge);
      }
  }
  return {
    nodes: [...nodes.values()]
      .map(({ ids, ...node }) => ({ ...node, agreements: ids.size }))
      .sort((a, b) => (a.side === b.side ? byId(a, b) : a.side === 'chinese' ? -1 : 1)),
    edges: [...edges.values()]
      .map(({ ids, ...edge }) => ({
        ...edge,
        scope_label: scopes.labels[edge.scope][lang],
        agreements: ids.size,
        agreement_ids: [...ids].sort(),
      }))
      .sort(
        (a, b) =>
          byId({ id: a.source }, { id: b.source }) ||
          byId({ id: a.target }, { id: b.target }) ||
          (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0),
      ),
  };
}
