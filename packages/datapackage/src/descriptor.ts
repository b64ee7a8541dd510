import { fieldKinds, tables, TABLE_NAMES, type FieldKind } from '@sco/core';

export const DESCRIPTOR_FILE = 'datapackage.json';
export const PACKAGE_NAME = 'soft-connectivity-observatory';

/**
 * The source of the shipped hard-connectivity table: only figures derived from it (per partner and year)
 * are shipped, with this citation; the deal-level file is not.
 */
const HARD_CONNECTIVITY_SOURCES = [
  {
    title:
      'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition February 2020',
    path: 'https://www.aei.org/china-global-investment-tracker/',
  },
];

interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'array';
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

function tableSchemaField(name: string, kind: FieldKind): TableSchemaField {
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  if (!kind.nullable && kind.type !== 'list') constraints.required = true;
  if (kind.enum && kind.type !== 'list') constraints.enum = kind.enum;
  if (kind.pattern && kind.type !== 'list') constraints.pattern = kind.pattern;
  const field: TableSchemaField = {
    name,
    // Lists are written as ";"-separated text in one cell.
    type: kind.type === 'list' ? 'string' : kind.type,
    description:
      kind.type === 'list'
        ? `${kind.description}; a ";"-separated list${kind.enum ? ` of: ${kind.enum.join(', ')}` : ''}`
        : kind.description,
  };
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/**
 * The Frictionless data package descriptor: version, licence and a Table Schema per file, generated from
 * the same record schemas that validate the rows.
 */
export function dataPackageDescriptor(version: string): unknown {
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: 'Soft Connectivity Observatory: China’s technical-standards cooperation agreements',
    description:
      'Agreements on technical standards that China has concluded with other countries and with regional and international organisations: parties, dates at their stated precision, scope, coded provisions, lineage, sources with verification status, and official tallies. See README.md for the codebook.',
    version,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    keywords: ['standards', 'standardisation', 'China', 'Belt and Road', 'international cooperation'],
    resources: TABLE_NAMES.map((name) => {
      const definition = tables[name];
      return {
        name: name.replaceAll('_', '-'),
        path: definition.file,
        title: definition.title,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...(name === 'hard_connectivity' ? { sources: HARD_CONNECTIVITY_SOURCES } : {}),
        schema: {
          fields: [...fieldKinds(definition.schema)].map(([field, kind]) => tableSchemaField(field, kind)),
          ...(name === 'curation_log' ? {} : { primaryKey: definition.primaryKey }),
          ...(definition.foreignKeys.length > 0
            ? {
                foreignKeys: definition.foreignKeys.map((key) => ({
                  fields: key.fields,
                  reference: { resource: key.table.replaceAll('_', '-'), fields: key.reference },
                })),
              }
            : {}),
        },
      };
    }),
  };
}
