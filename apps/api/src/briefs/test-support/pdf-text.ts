import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text of a PDF as pdftotext lays it out (poppler-utils: a table row stays on one line), whitespace
 * collapsed so that wrapped text still matches, and its page count as pdfinfo reads it.
 */
export async function pdfText(pdf: Uint8Array): Promise<{ readonly text: string; readonly pages: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sco-api-pdf-'));
  try {
    const file = path.join(dir, 'brief.pdf');
    await writeFile(file, pdf);
    const text = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const info = await run('pdfinfo', [file]);
    const pages = /^Pages:\s+(\d+)$/m.exec(info.stdout)?.[1];
    if (pages === undefined) throw new Error(`pdfinfo gave no page count:\n${info.stdout}`);
    return { text: text.stdout.replace(/\s+/g, ' '), pages: Number(pages) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
