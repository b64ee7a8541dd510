import { ConfigError } from '@sco/config';
import { buildProgram, CommanderError } from './program.js';
import { CliError } from './cli-error.js';
import { DISK_FULL_EXIT, isDiskFull } from './disk-full.js';
import type { CliIo } from './io.js';

/**
 * Runs the `sco` command and returns its exit code. Every error is mapped here, once: known failures print
 * their message; anything unexpected prints a one-line summary (no stack trace) and exits 70.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.stderr(`✗ ${error.message}\n`);
      return error.exitCode;
    }
    if (isDiskFull(error)) {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(
        `✗ the disk is full: nothing was written (a file or release being written is left as it was); ` +
          `free space and run the command again (${message})\n`,
      );
      return DISK_FULL_EXIT;
    }
    if (error instanceof ConfigError) {
      io.stderr(`✗ ${error.message}\n`);
      return 78;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`✗ unexpected error: ${message}\n`);
    return 70;
  }
}
