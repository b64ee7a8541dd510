import { jurisdictionResolver, REGION_ORDER, UNKNOWN_REGION_KEY, UnresolvedReferenceError } from '@sco/core';
import { listOrganisations } from '../organisations/list-organisations.js';
import type { Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';

/**
 * The jurisdictions the institutions of a partition name, by their region as core resolves them (`unknown`
 * when a jurisdiction has none), in the order of REGION_ORDER: a few short lists that queries test with IN.
 * Throws UnresolvedReferenceError for a code that names no country or organisation, as assembling the
 * release would.
 */
export async function jurisdictionsByRegion(
  db: Executor,
  partition: Partition,
): Promise<Map<string, string[]>> {
  const resolve = jurisdictionResolver(await listOrganisations(db, partition));
  const codes = await db
    .selectFrom('institutions')
    .select('jurisdiction')
    .distinct()
    .where('release_id', '=', partition)
    .execute();
  const byRegion = new Map<string, string[]>(REGION_ORDER.map((region) => [region, []]));
  for (const { jurisdiction } of codes) {
    const resolved = resolve(jurisdiction);
    if (!resolved) throw new UnresolvedReferenceError(`unknown jurisdiction "${jurisdiction}"`);
    byRegion.get(resolved.region ?? UNKNOWN_REGION_KEY)?.push(jurisdiction);
  }
  return byRegion;
}
