import { encodeCell, fieldKinds, sortRecords, tables, TABLE_NAMES, type Dataset } from '@sco/core';
import { formatCsv } from './csv.js';
import { dataPackageDescriptor, DESCRIPTOR_FILE } from './descriptor.js';

/** The files of a data package, name → content, in canonical form (sorted rows, fixed column order). */
export function serializeDataset(dataset: Dataset): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  files.set(DESCRIPTOR_FILE, `${JSON.stringify(dataPackageDescriptor(dataset.version), null, 2)}\n`);
  for (const name of TABLE_NAMES) {
    const definition = tables[name];
    const header = [...fieldKinds(definition.schema).keys()];
    const records = sortRecords(name, dataset.tables[name]) as readonly Readonly<Record<string, unknown>>[];
    files.set(
      definition.file,
      formatCsv(
        header,
        records.map((record) => header.map((field) => encodeCell(record[field]))),
      ),
    );
  }
  return files;
}
