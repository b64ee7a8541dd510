import type { Release } from '@sco/core';
import type { ReleaseLedger } from './release-ledger.js';
import { releaseLinks, type ReleaseLinks } from './release-links.js';
import type { RecordCounts } from './release-changes.js';
import type { ReleaseTotals } from './release-totals.js';

export interface ReleaseItem extends Release {
  readonly changes: number;
  readonly links: ReleaseLinks;
}

export interface ReleaseDetail extends ReleaseItem {
  readonly summary: {
    readonly totals: ReleaseTotals;
    readonly changed_records: Readonly<Record<string, RecordCounts>>;
  };
}

/** A release as listed: its record, how many change entries it published, and where its parts are. */
export async function releaseItem(ledger: ReleaseLedger, release: Release): Promise<ReleaseItem> {
  const changes = await ledger.changesOf(release.id);
  return {
    id: release.id,
    published_at: release.published_at,
    published_by: release.published_by,
    notes: release.notes,
    changes: changes.entries,
    links: releaseLinks(release.id),
  };
}

/** A release with what it holds and what it changed. */
export async function releaseDetail(ledger: ReleaseLedger, release: Release): Promise<ReleaseDetail> {
  const [item, changes, totals] = await Promise.all([
    releaseItem(ledger, release),
    ledger.changesOf(release.id),
    ledger.totalsOf(release.id),
  ]);
  return { ...item, summary: { totals, changed_records: changes.records } };
}
