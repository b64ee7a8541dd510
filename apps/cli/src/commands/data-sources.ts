import { assembleAgreements, sourceStrength, type SourceCheck } from '@sco/core';
import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

export interface DataSourcesOptions {
  readonly dir?: string;
}

const LABELS: Readonly<Record<SourceCheck, string>> = {
  reposts_only: 'resting only on reposts',
  paraphrase_only: 'quoted only by paraphrase',
  ip_address_host: 'citing an IP-address host',
  dead_looking_url: 'citing a dead-looking URL',
};

/** `sco data sources`: how many records rest on weak sources, per verification level, with their ids. */
export async function dataSources(io: CliIo, options: DataSourcesOptions): Promise<void> {
  const dir = dataDirOf(io, options.dir);
  const agreements = assembleAgreements(await readValidDataPackage(io, dir));
  const verification = new Map(agreements.map((a) => [a.id, a.verification]));
  for (const result of sourceStrength(agreements).checks) {
    const perLevel = Object.entries(result.byLevel).map(([level, n]) => `${level} ${n}`);
    io.stdout(`${LABELS[result.check]}: ${result.ids.length} (${perLevel.join(', ')})\n`);
    for (const id of result.ids) io.stdout(`  ${id} [${verification.get(id) ?? ''}]\n`);
  }
}
