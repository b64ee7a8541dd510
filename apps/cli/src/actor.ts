import os from 'node:os';

/** Who the change log records for work done from the command line. */
export function cliActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}
