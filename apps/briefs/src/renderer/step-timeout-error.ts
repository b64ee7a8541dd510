import type { BriefStep } from './steps.js';

/** A step of a render took longer than its timeout. */
export class StepTimeoutError extends Error {
  override readonly name = 'StepTimeoutError';
  constructor(
    readonly step: BriefStep,
    readonly timeoutMs: number,
  ) {
    super(`the "${step}" step of the brief did not finish within ${timeoutMs} ms`);
  }
}
