import { defineOnce } from '../shared/define.js';
import { ScoFigure } from './sco-figure.component.js';

defineOnce('sco-figure', ScoFigure);

export { ScoFigure };

declare global {
  interface HTMLElementTagNameMap {
    'sco-figure': ScoFigure;
  }
}
