import { defineOnce } from '../shared/define.js';
import { ScoScatter } from './sco-scatter.component.js';

defineOnce('sco-scatter', ScoScatter);

export { ScoScatter };

declare global {
  interface HTMLElementTagNameMap {
    'sco-scatter': ScoScatter;
  }
}
