import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { loadDataPackage } from './load.js';
import { serializeDataset } from './serialize.js';
import { sampleDataset } from '@sco/core/testing';
import { writeDataPackage } from './write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sco-datapackage-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serializeDataset', () => {
  it('writes lists with ";", nulls as empty cells and quotes only where needed', () => {
    const agreements = serializeDataset(sampleDataset()).get('agreements.csv') ?? '';
    const lines = agreements.split('\n');
    expect(lines[0]).toBe(
      'id,title_en,title_original,title_original_lang,type,scope,signed_date,signed_date_basis,signed_no_later_than,status,terms,sectors,tags,bri_framing,verification,notes',
    );
    // dated rows sort by date, undated last; a cell with a quote and a comma is quoted, its quotes doubled
    expect(lines[1]).toBe(
      'sac-din-2006,"Cooperation agreement, ""standards, metrology""",,,cooperation_agreement,standardisation,2006-04-10,stated,,unknown,,,,none,verified,"Line one',
    );
    expect(agreements).toContain(
      '2012-03,stated,,in_force,"5 years, tacitly renewable",43;35,electric-vehicles,none',
    );
    expect(
      agreements.endsWith(
        'sac-arso-2021,MoU on standardisation cooperation,,,mou,standardisation,,,,unknown,,,,explicit,unverified,\n',
      ),
    ).toBe(true);
  });

  it('names the version and every file in datapackage.json', () => {
    const descriptor = JSON.parse(
      serializeDataset(sampleDataset('2.3.4')).get('datapackage.json') ?? '{}',
    ) as {
      version: string;
      licenses: { name: string }[];
      resources: {
        path: string;
        schema: { fields: { name: string; type: string; constraints?: { enum?: string[] } }[] };
      }[];
    };
    expect(descriptor.version).toBe('2.3.4');
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      'organisations.csv',
      'institutions.csv',
      'agreements.csv',
      'parties.csv',
      'sources.csv',
      'provisions.csv',
      'relations.csv',
      'official-tallies.csv',
      'curation-log.csv',
      'hard-connectivity.csv',
    ]);
    const scope = descriptor.resources[2]?.schema.fields.find((f) => f.name === 'scope');
    expect(scope?.constraints?.enum).toContain('metrology');
    const bound = descriptor.resources[2]?.schema.fields.find((f) => f.name === 'signed_no_later_than');
    expect(bound?.type).toBe('date');
  });
});

describe('a written data package', () => {
  it('loads back to the same dataset and writes back byte for byte', async () => {
    await writeDataPackage(dir, sampleDataset());
    const loaded = await loadDataPackage(dir);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    const again = serializeDataset(loaded.dataset);
    for (const [name, content] of again) expect(await readFile(path.join(dir, name), 'utf8')).toBe(content);
  });

  it('leaves other files alone and no temporary files behind', async () => {
    await writeFile(path.join(dir, 'README.md'), 'codebook');
    await writeDataPackage(dir, sampleDataset());
    const names = await readdir(dir);
    expect(names).toContain('README.md');
    expect(names.filter((name) => name.includes('.tmp-'))).toEqual([]);
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toBe('codebook');
  });
});

describe('parseCsv', () => {
  it('gives the line each row starts on, across quoted line breaks', () => {
    const table = parseCsv('a,b\n1,"x\ny"\n3,4\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(table.rows[0]?.cells).toEqual(['1', 'x\ny']);
  });

  it('strips a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n').header).toEqual(['a', 'b']);
  });
});
