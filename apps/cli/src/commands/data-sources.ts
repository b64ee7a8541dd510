import { assembleAgreements, type Agreement } from '@sco/core';
import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

export interface DataSourcesOptions {
  readonly dir?: string;
}

type Source = Agreement['sources'][number];

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const isIpHost = (source: Source) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host(source.url));
/** Syntax only (no network): no host, a host without a dot, or a non-default port on a bare IP address. */
const looksDead = (source: Source) => {
  const name = host(source.url);
  return name === '' || !name.includes('.') || (isIpHost(source) && new URL(source.url).port !== '');
};

const CHECKS: readonly { readonly label: string; readonly test: (a: Agreement) => boolean }[] = [
  { label: 'resting only on reposts', test: (a) => a.sources.every((s) => s.kind === 'mirror') },
  {
    label: 'quoted only by paraphrase',
    test: (a) =>
      a.sources.some((s) => s.quote !== null) &&
      a.sources.filter((s) => s.quote !== null).every((s) => s.quote_basis === 'paraphrase'),
  },
  { label: 'citing an IP-address host', test: (a) => a.sources.some(isIpHost) },
  { label: 'citing a dead-looking URL', test: (a) => a.sources.some(looksDead) },
];
const LEVELS = ['verified', 'single_source', 'unverified'] as const;

/** `sco data sources`: how many records rest on weak sources, per verification level, with their ids. */
export async function dataSources(io: CliIo, options: DataSourcesOptions): Promise<void> {
  const dir = dataDirOf(io, options.dir);
  const agreements = assembleAgreements(await readValidDataPackage(io, dir));
  for (const check of CHECKS) {
    const hits = agreements.filter(check.test);
    const perLevel = LEVELS.map((level) => `${level} ${hits.filter((a) => a.verification === level).length}`);
    io.stdout(`${check.label}: ${hits.length} (${perLevel.join(', ')})\n`);
    for (const a of hits) io.stdout(`  ${a.id} [${a.verification}]\n`);
  }
}
