// The investment bars: one chunk, loaded only by a widget given `show-investment` (decision 0022).
export { PartnerInvestment } from './partner-investment.js';
export { TimelineBars, type TimelineInvestment } from './timeline-bars.js';
