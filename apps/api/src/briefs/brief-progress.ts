import { BRIEF_STEPS, type BriefStep } from '@sco/briefs';

/**
 * The usual share of a render each step takes (measured on the overview brief: the two printing passes
 * dominate). Only a progress bar depends on these.
 */
const WEIGHTS: Readonly<Record<BriefStep, number>> = {
  launch: 0.05,
  load: 0.1,
  fonts: 0.15,
  layout: 0.35,
  pdf: 0.3,
  'post-process': 0.05,
};

/** The share of the work done once the steps before `step` (and `step` itself, when finished) are. */
export function progressAt(step: BriefStep, finished: boolean): number {
  const index = BRIEF_STEPS.indexOf(step) + (finished ? 1 : 0);
  const done = BRIEF_STEPS.slice(0, index).reduce((sum, name) => sum + WEIGHTS[name], 0);
  return Math.round(done * 100) / 100;
}
