import { BRIEF_STEPS, type BriefStep } from '@sco/briefs';

/**
 * The usual share of a render each step takes, measured on the overview brief with the browser warm (load 521 ms
 * — the page, its data and its charts —, pdf 324, launch 117, layout 67, post-process 36, fonts 19, of 1.25 s
 * in all); a cold launch takes longer. Only a progress bar depends on these: with them it moves in proportion
 * to the time the render takes, where weights that did not match (layout 0.35 for a 5 % step) made it sit
 * at 5 % and then leap.
 */
const WEIGHTS: Readonly<Record<BriefStep, number>> = {
  launch: 0.1,
  load: 0.4,
  fonts: 0.03,
  layout: 0.07,
  pdf: 0.3,
  'post-process': 0.1,
};

/** The share of the work done once the steps before `step` (and `step` itself, when finished) are. */
export function progressAt(step: BriefStep, finished: boolean): number {
  const index = BRIEF_STEPS.indexOf(step) + (finished ? 1 : 0);
  const done = BRIEF_STEPS.slice(0, index).reduce((sum, name) => sum + WEIGHTS[name], 0);
  return Math.round(done * 100) / 100;
}
