import { newAgreement } from '../edits/test-support/new-agreement.js';
import type { JsonSchema } from './fuzz-document.js';

/**
 * Valid bodies the fuzzer mutates, by the component schema of a request body, for bodies a generator cannot
 * make valid by itself (an agreement must name parties and sources that exist). Other bodies are generated
 * from their schema alone (its examples, enums and patterns).
 */
const SEEDS: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  AgreementInput: [newAgreement('fuzz-seed-one'), newAgreement('fuzz-seed-two', { notes: 'Seed' })],
  AgreementPatch: [{ notes: 'Edited by the fuzzer' }, { title_en: 'A fuzzed title' }, { tags: ['fuzz'] }],
};

export function requestBodySeeds(schema: JsonSchema): readonly Record<string, unknown>[] {
  const name = schema.$ref?.replace('#/components/schemas/', '');
  return name === undefined ? [] : (SEEDS[name] ?? []);
}
