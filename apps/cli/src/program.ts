import { Argument, Command, CommanderError, Option } from 'commander';
import { LANGS } from '@sco/core';
import { BRIEF_LENGTHS, BRIEF_TEMPLATES, PAPERS } from '@sco/briefs';
import { API_KEY_ROLES } from '@sco/db';
import { brief } from './commands/brief.js';
import { dataCoverage } from './commands/data-coverage.js';
import { dataSources } from './commands/data-sources.js';
import { dataValidate } from './commands/data-validate.js';
import { dbExport } from './commands/db-export.js';
import { dbImport } from './commands/db-import.js';
import { dbMigrate } from './commands/db-migrate.js';
import { hardImport } from './commands/hard-import.js';
import { HARD_READERS } from './hard/readers/readers.js';
import { indicators } from './commands/indicators.js';
import { keysCreate } from './commands/keys-create.js';
import { keysList } from './commands/keys-list.js';
import { keysRevoke } from './commands/keys-revoke.js';
import { worker } from './commands/worker.js';
import type { CliIo } from './io.js';

/** The `sco` command's tree of sub-commands; every action receives the injected io. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('sco')
    .description('Soft Connectivity Observatory: China’s technical-standards cooperation agreements')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const data = program.command('data').description('work with the data package in data/');
  data
    .command('validate')
    .description('check every file, row and reference; list every problem as file:line:field: message')
    .option('--dir <dir>', 'data package folder (default: data/)')
    .action((options: { dir?: string }) => dataValidate(io, options));
  data
    .command('coverage')
    .description(
      'per official cumulative tally: documents and partners identified, as lower–upper bounds, at each ' +
        'verification level; partners named officially without a record; the change since a release',
    )
    .option('--dir <dir>', 'data package folder (default: data/)')
    .option(
      '--since-release [id]',
      'show the change since a release published in the database (default: the latest one whose id ' +
        'is not the version of the data checked, i.e. what readers see before this data is imported)',
    )
    .option(
      '--since <dir>',
      'show the change since the data package of an earlier release, in a folder ' +
        '(`sco db export --release ID --dir DIR`, or data/ of an earlier git tag)',
    )
    .action((options: { dir?: string; since?: string; sinceRelease?: string | true }) =>
      dataCoverage(io, options),
    );
  data
    .command('sources')
    .description('records resting only on reposts or paraphrases, IP-address hosts, dead-looking URLs')
    .option('--dir <dir>', 'data package folder (default: data/)')
    .action((options: { dir?: string }) => dataSources(io, options));

  const db = program
    .command('db')
    .description('the database (SQLite in the state folder, or SCO_DATABASE_URL)');
  db.command('migrate')
    .description('bring the database schema up to date')
    .action(() => dbMigrate(io));
  db.command('import')
    .description('validate data/ and publish it as the release named by its version, in one transaction')
    .option('--dir <dir>', 'data package folder (default: data/)')
    .action((options: { dir?: string }) => dbImport(io, options));
  db.command('export')
    .description('write a release (default: the latest) as a data package')
    .requiredOption('--dir <dir>', 'folder to write (e.g. data)')
    .option('--release <id>', 'release to export')
    .action((options: { dir: string; release?: string }) => dbExport(io, options));

  const hard = program
    .command('hard')
    .description('hard connectivity: Chinese investment and construction per partner and year');
  hard
    .command('import')
    .description('read an investment file, sum it per partner (ISO alpha-3) and year, write it to the draft')
    .argument('<file>', 'the file: a China Global Investment Tracker .xlsx/.csv, or a tidy CSV')
    .addOption(
      new Option('--source <source>', 'reader for the file')
        .choices(HARD_READERS.map((reader) => reader.id))
        .default('cgit'),
    )
    .requiredOption(
      '--edition <edition>',
      'edition of the source, cited with every figure (e.g. "February 2020")',
    )
    .option('--dry-run', 'read, map and summarise; write nothing')
    .option('--allow-unmapped', 'leave out rows whose country cannot be mapped instead of refusing')
    .action(
      (
        file: string,
        options: { source: string; edition: string; dryRun?: boolean; allowUnmapped?: boolean },
      ) => hardImport(io, file, options),
    );

  const keys = program
    .command('keys')
    .description('API keys for edits through the API (stored hashed; a key is shown once)');
  keys
    .command('create')
    .description('create a key and print it, this one time')
    .addOption(
      new Option('--role <role>', 'what the key may do').choices(API_KEY_ROLES).makeOptionMandatory(),
    )
    .requiredOption('--name <name>', 'who holds it (recorded as the author of their edits)')
    .action((options: { role: string; name: string }) => keysCreate(io, options));
  keys
    .command('list')
    .description('list every key: id, name, role, created, last used, revoked')
    .option('--json', 'print JSON instead of a table')
    .action((options: { json?: boolean }) => keysList(io, options));
  keys
    .command('revoke')
    .description('disable a key for good')
    .argument('<id>', 'the key id, as `sco keys list` shows it')
    .action((id: string) => keysRevoke(io, id));

  program
    .command('indicators')
    .description('print every indicator with its range across verification levels')
    .option('--json', 'print JSON instead of a table')
    .addOption(new Option('--lang <lang>', 'language').choices(LANGS).default('en'))
    .option('--adjacent', 'include adjacent scopes (metrology, accreditation, …)')
    .option('--release <id>', 'release to read (default: the latest)')
    .option('--dir <dir>', 'compute from a data package folder instead of the database')
    .option('--groups', 'also print each breakdown (by year, provision…)')
    .action(
      (options: {
        json?: boolean;
        lang: string;
        adjacent?: boolean;
        release?: string;
        dir?: string;
        groups?: boolean;
      }) => indicators(io, options),
    );

  program
    .command('brief')
    .description(
      'render a PDF policy brief of the latest release (or --release): overview, partner, region, sector',
    )
    .addArgument(new Argument('<template>', 'which brief').choices(BRIEF_TEMPLATES))
    .argument('[subject]', 'partner code (RUS, ASEAN…), UN M49 region (142…) or ICS field (35…)')
    .addOption(new Option('--lang <lang>', 'language').choices(LANGS).default('en'))
    .addOption(new Option('--paper <paper>', 'paper size').choices(PAPERS).default('a4'))
    .addOption(
      new Option('--length <length>', 'brief: a short policy brief; report: the long form with every table')
        .choices(BRIEF_LENGTHS)
        .default('brief'),
    )
    .option('--out <file>', 'the PDF to write (default: brief-<template>-<subject>-<lang>.pdf)')
    .option('--release <id>', 'release to read (default: the latest)')
    .option(
      '--origin <url>',
      'where the API is published, e.g. https://observatory.example: the brief prints its permalink there (default: http://localhost:<PORT>, where `pnpm start` serves)',
    )
    .action(
      (
        template: string,
        subject: string | undefined,
        options: {
          lang: string;
          paper: string;
          length: string;
          out?: string;
          release?: string;
          origin?: string;
        },
      ) => brief(io, template, subject, options),
    );

  program
    .command('worker')
    .description('render the brief jobs queued on PostgreSQL (SCO_DATABASE_URL), until SIGTERM')
    .option('--concurrency <n>', 'briefs rendered at once', '2')
    .action((options: { concurrency: string }) => worker(io, options));

  return program;
}

export { CommanderError };
