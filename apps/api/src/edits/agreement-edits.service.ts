import type { AgreementAggregate, ChangeDraft } from '@sco/core';
import {
  deleteAgreement,
  DRAFT,
  getAgreement,
  inTransaction,
  latestChangeId,
  loadDataset,
  lockDraft,
  saveAgreement,
  type Db,
  type EditResult,
  type Executor,
} from '@sco/db';
import { HttpProblem, notFound } from '../http/problem.js';
import { agreementIntegrityProblems, deletionReferrers } from './agreement-integrity.js';
import { agreementInputSchema } from './agreement-edits.schemas.js';
import { checkIfMatch, type IfMatch } from './if-match.js';
import { invalidAgreement, parseAgreement } from './invalid-agreement.js';
import { mergePatch } from './merge-patch.js';
import { keepCuratorNotes } from './sources-as-read.js';

/** Who edits and when. */
export interface EditStamp {
  readonly actor: string;
  readonly now: Date;
}

export interface EditedAgreement {
  /** The agreement as now stored in the draft. */
  readonly agreement: AgreementAggregate;
  readonly version: number;
  /** The change entries recorded. */
  readonly changes: readonly ChangeDraft[];
  /** The draft's revision after the edit (the newest change id). */
  readonly revision: number;
}

/*
 * Every edit runs in one transaction that first takes the draft's write lock, so that the version check,
 * core's integrity check against the rest of the draft and the write all see the same draft: two edits of
 * the same version cannot both pass, and an edit elsewhere cannot invalidate one being checked.
 */

async function checkIntegrity(trx: Executor, agreement: AgreementAggregate): Promise<void> {
  const problems = agreementIntegrityProblems(await loadDataset(trx, DRAFT), agreement);
  if (problems.length > 0) throw invalidAgreement(problems);
}

async function stored(
  trx: Executor,
  id: string,
): Promise<{ aggregate: AgreementAggregate; version: number }> {
  const current = await getAgreement(trx, DRAFT, id);
  if (!current) throw notFound(`There is no agreement "${id}" in the draft; see /v1/agreements?state=draft`);
  return current;
}

async function edited(trx: Executor, id: string, result: EditResult): Promise<EditedAgreement> {
  const { aggregate, version } = await stored(trx, id);
  return { agreement: aggregate, version, changes: result.changes, revision: await latestChangeId(trx) };
}

/** Creates an agreement in the draft: 409 when the id is taken, 422 when core finds it invalid. */
export function createAgreement(
  db: Db,
  agreement: AgreementAggregate,
  stamp: EditStamp,
): Promise<EditedAgreement> {
  return inTransaction(db.db, async (trx) => {
    await lockDraft(trx);
    const existing = await getAgreement(trx, DRAFT, agreement.id);
    if (existing) {
      throw new HttpProblem({
        status: 409,
        code: 'agreement-exists',
        title: 'Conflict',
        detail: `agreement ${agreement.id} exists already (version ${existing.version}); change it with PATCH /v1/agreements/${agreement.id}`,
      });
    }
    await checkIntegrity(trx, agreement);
    return edited(trx, agreement.id, await saveAgreement(trx, agreement, { ...stamp, expectedVersion: 0 }));
  });
}

/**
 * Applies a merge patch to an agreement of the draft: 404 when there is none, 412 when If-Match does not
 * name its version, 422 when the result is not a valid agreement (core's schemas, then its integrity rules).
 */
export function updateAgreement(
  db: Db,
  id: string,
  patch: Readonly<Record<string, unknown>>,
  ifMatch: IfMatch,
  stamp: EditStamp,
): Promise<EditedAgreement> {
  return inTransaction(db.db, async (trx) => {
    await lockDraft(trx);
    const current = await stored(trx, id);
    checkIfMatch(ifMatch, id, current.version);
    if (patch['id'] !== undefined && patch['id'] !== id) {
      throw invalidAgreement([
        {
          name: 'id',
          in: 'body',
          reason: `must be "${id}" if given: an agreement's id never changes (create the agreement under the new id and delete this one)`,
        },
      ]);
    }
    const next = parseAgreement(
      agreementInputSchema,
      keepCuratorNotes(mergePatch(current.aggregate, patch), current.aggregate),
    );
    await checkIntegrity(trx, next);
    return edited(trx, id, await saveAgreement(trx, next, { ...stamp, expectedVersion: current.version }));
  });
}

/**
 * Deletes an agreement from the draft: 404 when there is none, 412 when If-Match does not name its version,
 * 409 while other records (lineage, the curation log) refer to it. Returns the draft's revision afterwards.
 */
export function removeAgreement(db: Db, id: string, ifMatch: IfMatch, stamp: EditStamp): Promise<number> {
  return inTransaction(db.db, async (trx) => {
    await lockDraft(trx);
    const current = await stored(trx, id);
    checkIfMatch(ifMatch, id, current.version);
    const referrers = deletionReferrers(await loadDataset(trx, DRAFT), id);
    if (referrers.length > 0) {
      throw new HttpProblem({
        status: 409,
        code: 'referenced',
        title: 'Conflict',
        detail: `agreement ${id} cannot be deleted while other records refer to it: ${referrers.join('; ')}`,
        extensions: { referrers },
      });
    }
    await deleteAgreement(trx, id, { ...stamp, expectedVersion: current.version });
    return latestChangeId(trx);
  });
}
