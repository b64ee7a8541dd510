import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from '../openapi/zod.js';

const fileSchema = z.object({
  // A path inside dist/: plain names, no "." or ".." segment.
  file: z.string().regex(/^(?:[\w-]+\/)*[\w-][\w.-]*$/),
  bytes: z.number().int().nonnegative(),
  integrity: z.string().startsWith('sha384-'),
  imports: z.array(z.string()).optional(),
});

/** What @sco/widgets' build lists in dist/manifest.json (the fields the API uses). */
export const widgetManifestSchema = z.object({
  name: z.string(),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/),
  api: z.string(),
  entry: z.string(),
  widgets: z.record(z.string(), z.string()),
  /** Widgets the entry leaves out (its size budget): each loads from its own module only. */
  separate: z.array(z.string()).default([]),
  geometry: z.string(),
  files: z.array(fileSchema).min(1),
});

export type WidgetManifest = z.infer<typeof widgetManifestSchema>;
export type WidgetFileEntry = WidgetManifest['files'][number];

/** Thrown when the widgets' build cannot be read: not built, or built half. */
export class WidgetsNotBuiltError extends Error {
  override readonly name = 'WidgetsNotBuiltError';
}

/**
 * The built widgets, found through the @sco/widgets package (its `./manifest.json` export), wherever the
 * package is installed: the folder of the manifest is the folder the files are served from.
 */
export async function readWidgetManifest(): Promise<{ manifest: WidgetManifest; dir: string }> {
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve('@sco/widgets/manifest.json');
  } catch (error) {
    throw new WidgetsNotBuiltError('@sco/widgets/manifest.json is missing: build the widgets (pnpm build)', {
      cause: error,
    });
  }
  const parsed = widgetManifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    throw new WidgetsNotBuiltError(`${file} is not a widgets manifest: ${parsed.error.message}`);
  }
  return { manifest: parsed.data, dir: path.dirname(file) };
}
