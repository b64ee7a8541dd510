/**
 * The one formatter of numbers, ranges and dates, for the briefs, the widgets and the pages. Its own entry
 * point (`@sco/core/format`) so that the widgets' bundle takes these few functions and nothing else.
 */
export { formatNumber, sharedFractionDigits, MINUS, type NumberStyle } from './format-number.js';
export { formatNumberRange } from './format-number-range.js';
export { formatDateStyle, formatInstant, DATE_STYLES, type DateStyle } from './format-date-style.js';
export { spaceCjk } from './space-cjk.js';
export { parenthetical, parenthesisAfter } from './parenthetical.js';
