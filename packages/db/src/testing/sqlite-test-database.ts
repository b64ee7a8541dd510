import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestDatabase } from './test-database.js';

/** SQLite test databases: a new file in the system's temporary folder, deleted with its WAL files. */
export function sqliteTestDatabase(): TestDatabase {
  return {
    dialect: 'sqlite',
    create: () => {
      const file = join(tmpdir(), `sco-test-${randomUUID()}.sqlite`);
      return Promise.resolve({
        config: { dialect: 'sqlite', file },
        drop: async () => {
          await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
        },
      });
    },
  };
}
