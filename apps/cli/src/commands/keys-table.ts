import type { ApiKey } from '@sco/db';

const NONE = '—';

/** An ISO instant as "2026-11-28 15:13" (UTC), or a dash. */
function minute(instant: string | null): string {
  return instant === null ? NONE : `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
}

/** The keys as a plain-text table with a header row; times in UTC. */
export function formatKeysTable(keys: readonly ApiKey[]): string {
  const header = ['ID', 'NAME', 'ROLE', 'CREATED (UTC)', 'LAST USED', 'REVOKED'];
  const rows = keys.map((key) => [
    key.id,
    key.name,
    key.role,
    minute(key.created_at),
    minute(key.last_used_at),
    minute(key.revoked_at),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
