// Every widget: importing this module defines the six custom elements (each only once per page).
import { ScoFigure } from './sco-figure/sco-figure.component.js';
import { ScoPartner } from './sco-partner/sco-partner.component.js';
import { defineOnce } from './shared/define.js';
import './sco-map/sco-map.js';
import './sco-timeline/sco-timeline.js';
import './sco-breakdown/sco-breakdown.js';
import './sco-agreements/sco-agreements.js';

// The build puts these two widgets' code in the core chunk (vite.config.ts): defined here rather than by
// importing their own modules, the page of six loads two files fewer.
defineOnce('sco-figure', ScoFigure);
defineOnce('sco-partner', ScoPartner);

export { ScoMap } from './sco-map/sco-map.component.js';
export { ScoTimeline } from './sco-timeline/sco-timeline.component.js';
export { ScoFigure } from './sco-figure/sco-figure.component.js';
export { ScoBreakdown } from './sco-breakdown/sco-breakdown.component.js';
export { ScoAgreements } from './sco-agreements/sco-agreements.component.js';
export { ScoPartner } from './sco-partner/sco-partner.component.js';
export type { ScoErrorEvent, ScoLoadEvent, ScoSelectEvent } from './shared/events.js';
