import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs a PDF tool (pdfinfo, pdffonts, pdftotext, pdftoppm from poppler-utils; qpdf) and returns its output.
 * The tests need them: `apt-get install -y poppler-utils qpdf`.
 */
export async function pdfTool(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed: the brief tests need poppler-utils and qpdf`, {
        cause: error,
      });
    }
    throw error;
  }
}

export async function writePdf(file: string, pdf: Uint8Array): Promise<string> {
  await writeFile(file, pdf);
  return file;
}

/** pdfinfo's fields, the custom Info keys (pdfinfo -custom) among them. */
export async function pdfInfo(file: string): Promise<Map<string, string>> {
  const fields = new Map<string, string>();
  for (const args of [
    ['-enc', 'UTF-8'],
    ['-custom', '-enc', 'UTF-8'],
  ]) {
    for (const line of (await pdfTool('pdfinfo', [...args, file])).split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) fields.set(match[1].trim(), match[2].trim());
    }
  }
  return fields;
}

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** pdffonts' table. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const text = await pdfTool('pdffonts', [file]);
  return text
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match =
        /^(\S+)\s+(Type 1C|Type 1|Type 3|TrueType|CID Type 0C|CID Type 0|CID TrueType|\S+)\s+\S+\s+(yes|no)\s/.exec(
          line,
        );
      return { name: match?.[1] ?? line, type: match?.[2] ?? '?', embedded: match?.[3] === 'yes' };
    });
}

/** The text of each page (pdftotext), in reading order, or as laid out (a table row on one line). */
export async function pdfPages(file: string, layout = false): Promise<string[]> {
  const text = await pdfTool('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']);
  return text.split('\f').slice(0, -1);
}

/** Whitespace collapsed, so that text wrapped across lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** A word of a page and its box, in points from the page's top left (pdftotext -bbox). */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of a PDF with its box, page by page (1-based), in pdftotext's reading order. */
export async function pdfWords(file: string): Promise<PdfWord[]> {
  const xhtml = await pdfTool('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const words: PdfWord[] = [];
  let page = 0;
  const decode = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name] ?? ''),
    );
  for (const match of xhtml.matchAll(
    /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (match[0] === '<page') {
      page++;
      continue;
    }
    words.push({
      page,
      text: decode(match[5] ?? ''),
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    });
  }
  return words;
}
