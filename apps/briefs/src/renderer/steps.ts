import { StepTimeoutError } from './step-timeout-error.js';

/**
 * The named steps of a render, in order: start the browser (once, then shared), load the page, wait for its
 * widgets and fonts, read from its layout where the headings will land (no print), print the PDF (again if
 * they landed elsewhere), and set its metadata.
 */
export const BRIEF_STEPS = ['launch', 'load', 'fonts', 'layout', 'pdf', 'post-process'] as const;
export type BriefStep = (typeof BRIEF_STEPS)[number];

export type StepTimeouts = Readonly<Record<BriefStep, number>>;

export const DEFAULT_STEP_TIMEOUTS: StepTimeouts = {
  launch: 60_000,
  load: 30_000,
  fonts: 30_000,
  layout: 60_000,
  pdf: 60_000,
  'post-process': 15_000,
};

/** What a render reports while it goes: its place in the queue, each step started and finished, retries. */
export type BriefProgress =
  | { readonly type: 'queued'; readonly position: number }
  | { readonly type: 'step'; readonly step: BriefStep; readonly state: 'started'; readonly attempt: number }
  | {
      readonly type: 'step';
      readonly step: BriefStep;
      readonly state: 'finished';
      readonly attempt: number;
      readonly ms: number;
    }
  | { readonly type: 'retry'; readonly attempt: number; readonly reason: string };

export type ProgressListener = (progress: BriefProgress) => void;

/** Milliseconds spent in each step (summed over passes and attempts). */
export type StepTimings = Partial<Record<BriefStep, number>>;

/**
 * Runs one step: reports it started and finished with its duration, and fails with StepTimeoutError when it
 * takes longer than its timeout (the caller then closes what the step was using).
 */
export async function runStep<T>(
  step: BriefStep,
  timeouts: StepTimeouts,
  report: { readonly onProgress: ProgressListener; readonly timings: StepTimings; readonly attempt: number },
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  report.onProgress({ type: 'step', step, state: 'started', attempt: report.attempt });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new StepTimeoutError(step, timeouts[step]));
    }, timeouts[step]);
  });
  try {
    const result = await Promise.race([work(), timeout]);
    const ms = Math.round(performance.now() - started);
    report.timings[step] = (report.timings[step] ?? 0) + ms;
    report.onProgress({ type: 'step', step, state: 'finished', attempt: report.attempt, ms });
    return result;
  } finally {
    clearTimeout(timer);
  }
}
