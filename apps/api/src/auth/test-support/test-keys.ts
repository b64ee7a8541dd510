import { createApiKey, revokeApiKey, type Db } from '@sco/db';

export interface TestKeys {
  readonly editor: string;
  /** A second editor, for concurrent edits. */
  readonly editor2: string;
  readonly admin: string;
  /** An editor key that was revoked. */
  readonly revoked: string;
}

/** API keys of every kind, created directly in the database. */
export async function createTestKeys(db: Db): Promise<TestKeys> {
  const now = new Date('2026-11-28T12:30:00Z');
  const make = async (name: string, role: string) => createApiKey(db.db, { name, role, actor: 'test', now });
  const [editor, editor2, admin, revoked] = await Promise.all([
    make('Editor One', 'editor'),
    make('Editor Two', 'editor'),
    make('Admin', 'admin'),
    make('Former editor', 'editor'),
  ]);
  await revokeApiKey(db.db, revoked.key.id, now);
  return { editor: editor.token, editor2: editor2.token, admin: admin.token, revoked: revoked.token };
}

/** The Authorization header of a key. */
export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
