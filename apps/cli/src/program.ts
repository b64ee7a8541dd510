import { Command, CommanderError, Option } from 'commander';
import { LANGS } from '@sco/core';
import { dataValidate } from './commands/data-validate.js';
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

  void LANGS;
  void Option;
  return program;
}

export { CommanderError };
