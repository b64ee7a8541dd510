import { defineOnce } from '../shared/define.js';
import { ScoMap } from './sco-map.component.js';

defineOnce('sco-map', ScoMap);

export { ScoMap };

declare global {
  interface HTMLElementTagNameMap {
    'sco-map': ScoMap;
  }
}
