import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a poppler-utils tool (pdfinfo, pdftotext, pdftoppm) and gives its output. */
async function poppler(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is not installed: the studio's end-to-end test needs poppler-utils`, {
        cause: error,
      });
    throw error;
  }
}

/** pdfinfo's fields, the custom Info keys (DataRelease, BriefQuery) among them, and the XMP metadata. */
export async function pdfInfo(file: string): Promise<{ fields: Map<string, string>; xmp: string }> {
  const fields = new Map<string, string>();
  for (const args of [
    ['-enc', 'UTF-8'],
    ['-custom', '-enc', 'UTF-8'],
  ]) {
    for (const line of (await poppler('pdfinfo', [...args, file])).split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) fields.set(match[1].trim(), match[2].trim());
    }
  }
  return { fields, xmp: await poppler('pdfinfo', ['-meta', file]) };
}

/** The text of each page (pdftotext -layout: a table row stays on one line), whitespace collapsed. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const text = await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

/** Page images of a PDF (PNG, at `dpi`), written as `<prefix>-<n>.png`, for a person to look at. */
export async function pdfPageImages(file: string, prefix: string, dpi = 60): Promise<void> {
  await poppler('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
}
