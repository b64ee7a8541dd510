import type { Executor } from '../transaction.js';

/** One built file of a widget version. */
export interface WidgetFile {
  readonly file: string;
  readonly body: Uint8Array;
}

/** Whether the files of a widget version are kept. */
export async function hasWidgetVersion(db: Executor, version: string): Promise<boolean> {
  const row = await db
    .selectFrom('widget_files')
    .select('file')
    .where('version', '=', version)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Keeps the files of a widget version; files it already holds stay as they are (a version never changes). */
export async function saveWidgetVersion(
  db: Executor,
  version: string,
  files: readonly WidgetFile[],
): Promise<void> {
  for (const { file, body } of files) {
    await db
      .insertInto('widget_files')
      .values({ version, file, body })
      .onConflict((oc) => oc.columns(['version', 'file']).doNothing())
      .execute();
  }
}

/** The bytes of one file of a kept widget version, or undefined. */
export async function findWidgetFile(
  db: Executor,
  version: string,
  file: string,
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('widget_files')
    .select('body')
    .where('version', '=', version)
    .where('file', '=', file)
    .executeTakeFirst();
  return row?.body;
}
