import { defineOnce } from '../shared/define.js';
import { ScoAgreements } from './sco-agreements.component.js';

defineOnce('sco-agreements', ScoAgreements);

export { ScoAgreements };

declare global {
  interface HTMLElementTagNameMap {
    'sco-agreements': ScoAgreements;
  }
}
