import { describe, expect, it } from 'vitest';
import { agreementStatuses } from './agreement-status.js';
import { agreementTypes } from './agreement-type.js';
import { briFramings } from './bri-framing.js';
import { icsFields } from './ics-field.js';
import { institutionKinds } from './institution-kind.js';
import { organisationKinds } from './organisation-kind.js';
import { provisionStatuses, provisions } from './provision.js';
import { quoteBases } from './quote-basis.js';
import { relationTypes } from './relation-type.js';
import { scopes } from './scope.js';
import { sides } from './side.js';
import { sourceKinds } from './source-kind.js';
import { tallyQualifiers, tallySeries } from './tally-series.js';
import { verificationLevels } from './verification.js';
import type { Vocabulary } from './vocabulary.js';

const vocabularies: Record<string, Vocabulary<string>> = {
  agreementStatuses,
  agreementTypes,
  briFramings,
  icsFields,
  institutionKinds,
  organisationKinds,
  provisions,
  provisionStatuses,
  quoteBases,
  relationTypes,
  scopes,
  sides,
  sourceKinds,
  tallySeries,
  tallyQualifiers,
  verificationLevels,
};

describe('French labels of the vocabularies', () => {
  it('elide with the typographic apostrophe, as printed French does ("Protocole d’accord")', () => {
    const straight = Object.entries(vocabularies).flatMap(([name, vocabulary]) =>
      Object.entries(vocabulary.labels)
        .filter(([, label]) => label.fr.includes("'"))
        .map(([code, label]) => `${name}.${code}: ${label.fr}`),
    );
    expect(straight).toEqual([]);
    expect(agreementTypes.labels.mou.fr).toBe('Protocole d’accord');
  });
});
