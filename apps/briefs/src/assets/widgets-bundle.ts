import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built widgets: their folder, served under WIDGETS_PATH, and the entry module in it. */
export interface WidgetsBundle {
  readonly dir: string;
  readonly entry: string;
  /** Its JavaScript modules (the entry and the chunks it imports), which a brief preloads. */
  readonly modules: readonly string[];
}

/** The address under which the brief's origin serves the widgets' built files. */
export const WIDGETS_PATH = '/widgets/';

/**
 * The built widgets bundle (packages/widgets/dist/sco-widgets.js), or null when it has not been built:
 * the briefs then draw a "chart unavailable" box in place of each chart.
 */
export async function findWidgetsBundle(): Promise<WidgetsBundle | null> {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve('@sco/widgets'));
    await access(entry);
  } catch {
    return null;
  }
  const dir = path.dirname(entry);
  const modules = (await readdir(dir)).filter((file) => file.endsWith('.js')).sort();
  return { dir, entry: path.basename(entry), modules };
}

/** Reads a file of the bundle by its path under WIDGETS_PATH; null when it is not inside the bundle. */
export async function readWidgetsFile(bundle: WidgetsBundle, relative: string): Promise<Buffer | null> {
  const file = path.resolve(bundle.dir, relative);
  if (!file.startsWith(bundle.dir + path.sep)) return null;
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * The characters of the widgets' modules that are not ASCII (their labels in every language), which a brief's
 * fonts must hold besides the brief's own text: the widgets write them in the page.
 */
export async function widgetsCharacters(bundle: WidgetsBundle): Promise<string> {
  const texts = await Promise.all(
    bundle.modules.map((file) => readFile(path.join(bundle.dir, file), 'utf8')),
  );
  const found = new Set<string>();
  for (const text of texts)
    for (const [character] of text.matchAll(/[\u0080-\u{10ffff}]/gu)) found.add(character);
  return [...found].join('');
}
