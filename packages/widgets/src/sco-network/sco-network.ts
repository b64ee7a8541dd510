import { defineOnce } from '../shared/define.js';
import { ScoNetwork } from './sco-network.component.js';

defineOnce('sco-network', ScoNetwork);

export { ScoNetwork };

declare global {
  interface HTMLElementTagNameMap {
    'sco-network': ScoNetwork;
  }
}
