import type { AgreementRecord, Dataset } from '@sco/core';

/** A copy of a dataset with another version. */
export function withVersion(dataset: Dataset, version: string): Dataset {
  return { ...dataset, version };
}

/** A copy of a dataset with some fields of one agreement changed. */
export function editAgreement(dataset: Dataset, id: string, fields: Partial<AgreementRecord>): Dataset {
  if (!dataset.tables.agreements.some((a) => a.id === id)) {
    throw new Error(`no agreement ${id} in the fixture`);
  }
  return {
    ...dataset,
    tables: {
      ...dataset.tables,
      agreements: dataset.tables.agreements.map((a) => (a.id === id ? { ...a, ...fields } : a)),
    },
  };
}
