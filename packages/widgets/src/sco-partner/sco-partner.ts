import { defineOnce } from '../shared/define.js';
import { ScoPartner } from './sco-partner.component.js';

defineOnce('sco-partner', ScoPartner);

export { ScoPartner };

declare global {
  interface HTMLElementTagNameMap {
    'sco-partner': ScoPartner;
  }
}
