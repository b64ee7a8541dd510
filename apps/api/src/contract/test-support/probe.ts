import type { Express } from 'express';
import type { TestKeys } from '../../auth/test-support/test-keys.js';
import type { ContractSession } from './contract-session.js';

/**
 * What the probes find out and pass on: ids from list responses, the agreement they create, the brief job
 * they start and the studio session they sign in to.
 */
export interface ContractState {
  agreementIds: string[];
  partnerCodes: string[];
  releaseIds: string[];
  created: { readonly id: string; etag: string } | null;
  briefJob: string | null;
  studioCookie: string | null;
}

export interface ProbeContext {
  readonly app: Express;
  readonly keys: TestKeys;
  readonly session: ContractSession;
  readonly state: ContractState;
}

/** The requests made to one operation (and, on the way, to others), in the order they must run. */
export interface ProbeGroup {
  readonly operationId: string;
  run(context: ProbeContext): Promise<void>;
}

/** An API key of the right form that no database holds. */
export const UNKNOWN_KEY = `sco_000000000000_${'A'.repeat(43)}`;
