import { defineOnce } from '../shared/define.js';
import { ScoBreakdown } from './sco-breakdown.component.js';

defineOnce('sco-breakdown', ScoBreakdown);

export { ScoBreakdown };

declare global {
  interface HTMLElementTagNameMap {
    'sco-breakdown': ScoBreakdown;
  }
}
