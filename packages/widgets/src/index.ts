// Every widget: importing this module defines the six custom elements (each only once per page).
import './sco-map/sco-map.js';
import './sco-timeline/sco-timeline.js';
import './sco-figure/sco-figure.js';
import './sco-breakdown/sco-breakdown.js';
import './sco-agreements/sco-agreements.js';
import './sco-partner/sco-partner.js';

export { ScoMap } from './sco-map/sco-map.component.js';
export { ScoTimeline } from './sco-timeline/sco-timeline.component.js';
export { ScoFigure } from './sco-figure/sco-figure.component.js';
export { ScoBreakdown } from './sco-breakdown/sco-breakdown.component.js';
export { ScoAgreements } from './sco-agreements/sco-agreements.component.js';
export { ScoPartner } from './sco-partner/sco-partner.component.js';
export type { ScoErrorEvent, ScoLoadEvent, ScoSelectEvent } from './shared/events.js';
