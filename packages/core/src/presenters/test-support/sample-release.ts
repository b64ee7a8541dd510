import { assembleAgreements, assembleTallies } from '../../dataset/assemble.js';
import type { Dataset } from '../../dataset/dataset.js';
import { sampleDataset } from '../../testing/sample-dataset.js';
import type { ReadLink } from '../read-link.js';
import type { ReleaseData } from '../release-data.js';

/**
 * The sample data package, assembled as a release is: DEU has two agreements, ARSO one (undated). `change`
 * gives tables that replace the sample's, computed from them.
 */
export function sampleRelease(
  change?: (tables: Dataset['tables']) => Partial<Dataset['tables']>,
): ReleaseData {
  const sample = sampleDataset();
  const dataset: Dataset = { ...sample, tables: { ...sample.tables, ...change?.(sample.tables) } };
  return { agreements: assembleAgreements(dataset), tallies: assembleTallies(dataset) };
}

/** A link that shows what it was given: the path, then the parameters in their order. */
export const recordingLink: ReadLink = (path, params = {}) =>
  [path, ...Object.entries(params).map(([name, value]) => `${name}=${value ?? '(undefined)'}`)].join(' ');
