// What a PDF holds, read with poppler-utils: its pages, its fonts by type (Type 3 fonts are glyphs drawn as
// pictures: no hinting, slow to print and to show), and how many Han characters its text has (0 when a
// tool had no glyphs for Chinese, or wrote no text that can be extracted).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function tool(name, args) {
  try {
    const { stdout } = await run(name, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if (error.code === 'ENOENT')
      throw new Error(`${name} is not installed: the benchmark needs poppler-utils`, { cause: error });
    throw error;
  }
}

export async function checkPdf(file) {
  const info = await tool('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const rows = (await tool('pdffonts', [file]))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  const types = new Map();
  let notEmbedded = 0;
  for (const row of rows) {
    const match =
      /^\S+\s+(Type 1C|Type 1|Type 3|TrueType|CID Type 0C|CID Type 0|CID TrueType|\S+)\s+\S+\s+(yes|no)\s/.exec(
        row,
      );
    const type = match?.[1] ?? '?';
    types.set(type, (types.get(type) ?? 0) + 1);
    if (match?.[2] === 'no') notEmbedded++;
  }
  const text = await tool('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const han = [...text.matchAll(/\p{Script=Han}/gu)].length;
  return { pages, fonts: rows.length, type3: types.get('Type 3') ?? 0, notEmbedded, types, han };
}
