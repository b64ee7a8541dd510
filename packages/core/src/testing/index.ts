export { sampleDataset } from './sample-dataset.js';
export { toRawDataset, withCell } from './raw-dataset.js';
export { roundedValues } from './rounded-values.js';
export { intlDifferences } from './intl-differences.js';
export { chinesePunctuationDefects } from './chinese-punctuation.js';
export { textsOf, placeNamesOf, type FoundText, type ModuleExports } from './texts-of.js';
