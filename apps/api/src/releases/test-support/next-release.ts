import { checkIntegrity, type Dataset } from '@sco/core';
import { importDataset } from '@sco/db';
import type { TestApp } from '../../test-support/test-app.js';

/** The second release the release, changelog, feed and citation tests import over the real data. */
export const NEXT_VERSION = '1.1.0';
export const NEXT_PUBLISHED_AT = '2026-12-01T09:30:00.000Z';

/** A title that breaks any XML, BibTeX or HTML it is pasted into unescaped. */
export const HOSTILE_TITLE = `<script>alert("x")</script> ]]> & Tom's {braces} 100% \\end`;
export const ADDED_ID = 'sac-din-hostile-2026';
export const RETITLED_ID = 'sac-din-2006';
export const RETITLED_TITLE = 'SAC–DIN cooperation agreement (retitled in 1.1.0)';
export const REMOVED_ID = 'csbts-korea-1994';
export const RENOTED_INSTITUTION = 'din';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the real data has no ${what}`);
  return value;
}

/**
 * The real data with real differences, under the next version: one agreement added (a DIN partner, with a
 * hostile title), one retitled, one removed with everything it owned, and one institution's notes changed.
 */
export function nextDataset(base: Dataset): Dataset {
  const t = base.tables;
  const template = required(
    t.agreements.find((a) => a.id === RETITLED_ID),
    RETITLED_ID,
  );
  const templateSource = required(
    t.sources.find((s) => s.subject_type === 'agreement' && s.subject_id === RETITLED_ID),
    `source of ${RETITLED_ID}`,
  );
  const dataset: Dataset = {
    version: NEXT_VERSION,
    tables: {
      ...t,
      agreements: [
        ...t.agreements
          .filter((a) => a.id !== REMOVED_ID)
          .map((a) => (a.id === RETITLED_ID ? { ...a, title_en: RETITLED_TITLE } : a)),
        {
          ...template,
          id: ADDED_ID,
          title_en: HOSTILE_TITLE,
          type: 'mou',
          signed_date: '2026-05',
          signed_date_basis: 'stated',
          verification: 'single_source',
          notes: null,
        },
      ],
      parties: [
        ...t.parties.filter((p) => p.agreement_id !== REMOVED_ID),
        { agreement_id: ADDED_ID, institution_id: 'sac', side: 'chinese' },
        { agreement_id: ADDED_ID, institution_id: RENOTED_INSTITUTION, side: 'partner' },
      ],
      sources: [
        ...t.sources.filter((s) => !(s.subject_type === 'agreement' && s.subject_id === REMOVED_ID)),
        { ...templateSource, id: `src-${ADDED_ID}-1`, subject_id: ADDED_ID },
      ],
      provisions: t.provisions.filter((p) => p.agreement_id !== REMOVED_ID),
      relations: t.relations.filter((r) => r.agreement_id !== REMOVED_ID && r.target_id !== REMOVED_ID),
      curation_log: t.curation_log.filter((c) => c.agreement_id !== REMOVED_ID),
      institutions: t.institutions.map((i) =>
        i.id === RENOTED_INSTITUTION ? { ...i, notes: 'Notes changed in 1.1.0' } : i,
      ),
    },
  };
  const problems = checkIntegrity(dataset);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  return dataset;
}

/** Imports the next release into the test app's database, as `sco db import` of an edited data/ would. */
export async function importNextRelease(t: TestApp): Promise<Dataset> {
  const dataset = nextDataset(t.dataset);
  const result = await importDataset(t.db.db, dataset, {
    actor: 'research-team',
    now: new Date(NEXT_PUBLISHED_AT),
    notes: 'Second release <with> & "markup"',
  });
  if (!result.ok) throw new Error(result.message);
  return dataset;
}
