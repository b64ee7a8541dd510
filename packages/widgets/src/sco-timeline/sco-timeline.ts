import { defineOnce } from '../shared/define.js';
import { ScoTimeline } from './sco-timeline.component.js';

defineOnce('sco-timeline', ScoTimeline);

export { ScoTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'sco-timeline': ScoTimeline;
  }
}
