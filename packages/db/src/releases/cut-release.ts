import { compareReleaseIds, RELEASE_ID_PATTERN, type Release } from '@sco/core';
import { InvalidReleaseIdError } from '../errors/invalid-release-id-error.js';
import { lockDraft } from '../partition/lock-draft.js';
import { inBulkTransaction } from '../bulk-transaction.js';
import type { Executor } from '../transaction.js';
import { latestRelease } from './latest-release.js';
import { publishRelease, type ReleaseInput } from './publish-release.js';
import { unreleasedEdits } from './unreleased-edits.js';

export type CutReleaseRefusal =
  | { readonly reason: 'not-newer'; readonly id: string; readonly latest: string }
  | { readonly reason: 'nothing-to-release'; readonly id: string; readonly latest: string };

export type CutReleaseResult =
  | {
      readonly ok: true;
      readonly release: Release;
      /** How many recorded changes went out in this release. */
      readonly changes: number;
    }
  | { readonly ok: false; readonly refusal: CutReleaseRefusal; readonly message: string };

function refuse(refusal: CutReleaseRefusal): CutReleaseResult {
  const message =
    refusal.reason === 'not-newer'
      ? `release ${refusal.id} must be a later version than the latest release ${refusal.latest}`
      : `nothing to release: the draft is identical to release ${refusal.latest}`;
  return { ok: false, refusal, message };
}

/**
 * Publishes the draft as release `id`, in one transaction under the import bound (it copies the whole draft;
 * see inBulkTransaction): the id must be a later semantic version than the latest release, and the draft
 * must differ from it (the first release may be empty). The draft is copied into the new, immutable
 * partition and every unreleased change is stamped with the release id.
 */
export async function cutRelease(db: Executor, input: ReleaseInput): Promise<CutReleaseResult> {
  if (!RELEASE_ID_PATTERN.test(input.id)) throw new InvalidReleaseIdError(input.id);
  return await inBulkTransaction(db, async (trx) => {
    await lockDraft(trx);
    const latest = await latestRelease(trx);
    if (latest) {
      if (compareReleaseIds(input.id, latest.id) <= 0) {
        return refuse({ reason: 'not-newer', id: input.id, latest: latest.id });
      }
      const edits = await unreleasedEdits(trx, latest);
      if (edits.length === 0) {
        return refuse({ reason: 'nothing-to-release', id: input.id, latest: latest.id });
      }
    }
    return { ok: true, ...(await publishRelease(trx, input)) };
  });
}
