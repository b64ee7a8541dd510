import {
  PdfLexer,
  PdfName,
  PdfRef,
  PdfString,
  PdfSyntaxError,
  type PdfDict,
  type PdfValue,
} from './pdf-syntax.js';

/** An outline entry (bookmark): its title, depth (0 at the top) and the page it opens (0-based). */
export interface OutlineEntry {
  readonly title: string;
  readonly depth: number;
  readonly page: number | null;
}

function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

/**
 * Reads the structure of a PDF written with classic cross-reference tables (as Chromium's Skia writes
 * them, and as incremental updates append them): objects by number, the trailer, the catalog, the page
 * tree, named destinations, the outline and the Info dictionary.
 */
export class PdfReader {
  readonly offsets = new Map<number, number>();
  readonly trailer: PdfDict;
  /** Where the last cross-reference section starts (an incremental update points back to it). */
  readonly startxref: number;
  private pageNumbers: Map<number, number> | undefined;

  constructor(readonly bytes: Uint8Array) {
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!match?.[1]) throw new PdfSyntaxError('no startxref at the end of the file');
    this.startxref = Number(match[1]);
    let trailer: PdfDict | undefined;
    const seen = new Set<number>();
    for (let at: number | undefined = this.startxref; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const section = this.readXrefSection(at);
      trailer ??= section.trailer;
      const prev = section.trailer.get('Prev');
      at = typeof prev === 'number' ? prev : undefined;
    }
    if (!trailer) throw new PdfSyntaxError('no trailer');
    this.trailer = trailer;
  }

  private readXrefSection(at: number): { trailer: PdfDict } {
    const lexer = new PdfLexer(this.bytes, at);
    if (lexer.word() !== 'xref') throw new PdfSyntaxError('cross-reference streams are not supported');
    for (;;) {
      const save = lexer.pos;
      const first = lexer.word();
      if (first === 'trailer') break;
      if (!/^\d+$/.test(first)) {
        lexer.pos = save;
        throw new PdfSyntaxError(`bad cross-reference subsection at ${save}`);
      }
      const count = Number(lexer.word());
      for (let i = 0; i < count; i++) {
        const offset = Number(lexer.word());
        lexer.word();
        const kind = lexer.word();
        const num = Number(first) + i;
        // The newest section is read first: an object keeps the offset it has there.
        if (kind === 'n' && !this.offsets.has(num)) this.offsets.set(num, offset);
      }
    }
    const trailer = lexer.value();
    if (!isDict(trailer)) throw new PdfSyntaxError('the trailer is not a dictionary');
    return { trailer };
  }

  /** The object with this number (its stream data, if any, is not read). */
  object(num: number): PdfValue {
    const offset = this.offsets.get(num);
    if (offset === undefined) return null;
    const lexer = new PdfLexer(this.bytes, offset);
    lexer.word();
    lexer.word();
    lexer.expectWord('obj');
    return lexer.value();
  }

  /** A value with references followed. */
  resolve(value: PdfValue | undefined): PdfValue {
    const seen = new Set<number>();
    let current = value ?? null;
    while (current instanceof PdfRef && !seen.has(current.num)) {
      seen.add(current.num);
      current = this.object(current.num);
    }
    return current;
  }

  dict(value: PdfValue | undefined): PdfDict | null {
    const resolved = this.resolve(value);
    return isDict(resolved) ? resolved : null;
  }

  catalog(): PdfDict {
    const root = this.dict(this.trailer.get('Root'));
    if (!root) throw new PdfSyntaxError('no catalog');
    return root;
  }

  /** The number of the catalog object. */
  rootNumber(): number {
    const root = this.trailer.get('Root');
    if (!(root instanceof PdfRef)) throw new PdfSyntaxError('the trailer has no /Root reference');
    return root.num;
  }

  /** Page object numbers, in page order. */
  pages(): number[] {
    const pages: number[] = [];
    const visit = (ref: PdfValue | undefined, depth: number) => {
      if (depth > 64 || !(ref instanceof PdfRef)) return;
      const node = this.dict(ref);
      if (!node) return;
      const kids = this.resolve(node.get('Kids'));
      if (!Array.isArray(kids)) pages.push(ref.num);
      else for (const kid of kids) visit(kid, depth + 1);
    };
    visit(this.catalog().get('Pages'), 0);
    return pages;
  }

  pageCount(): number {
    return this.pages().length;
  }

  /** The 0-based page a destination ([page /XYZ …]) points to. */
  private destinationPage(destination: PdfValue): number | null {
    const target = this.resolve(destination);
    const array = isDict(target) ? this.resolve(target.get('D')) : target;
    if (!Array.isArray(array) || !(array[0] instanceof PdfRef)) return null;
    this.pageNumbers ??= new Map(this.pages().map((num, index) => [num, index]));
    return this.pageNumbers.get(array[0].num) ?? null;
  }

  /** Named destinations (the targets of internal links) and the 0-based page each points to. */
  namedDestinations(): Map<string, number> {
    const out = new Map<string, number>();
    const dests = this.dict(this.catalog().get('Dests'));
    for (const [name, destination] of dests ?? []) {
      const page = this.destinationPage(destination);
      if (page !== null) out.set(name, page);
    }
    const names = this.dict(this.catalog().get('Names'));
    const visit = (node: PdfDict | null, depth: number) => {
      if (!node || depth > 32) return;
      const pairs = this.resolve(node.get('Names'));
      if (Array.isArray(pairs)) {
        for (let i = 0; i + 1 < pairs.length; i += 2) {
          const key = pairs[i];
          const page = this.destinationPage(pairs[i + 1] ?? null);
          if (key instanceof PdfString && page !== null) out.set(key.text(), page);
        }
      }
      const kids = this.resolve(node.get('Kids'));
      if (Array.isArray(kids)) for (const kid of kids) visit(this.dict(kid), depth + 1);
    };
    visit(this.dict(names?.get('Dests')), 0);
    return out;
  }

  /** The outline (bookmarks) in document order. */
  outline(): OutlineEntry[] {
    const entries: OutlineEntry[] = [];
    const seen = new Set<number>();
    const walk = (first: PdfValue | undefined, depth: number) => {
      let ref = first;
      while (ref instanceof PdfRef && !seen.has(ref.num) && depth < 16) {
        seen.add(ref.num);
        const item = this.dict(ref);
        if (!item) return;
        const title = this.resolve(item.get('Title'));
        const destination = item.get('Dest') ?? this.dict(item.get('A'))?.get('D');
        entries.push({
          title: title instanceof PdfString ? title.text() : '',
          depth,
          page: destination === undefined ? null : this.destinationPage(destination),
        });
        walk(item.get('First'), depth + 1);
        ref = item.get('Next');
      }
    };
    walk(this.dict(this.catalog().get('Outlines'))?.get('First'), 0);
    return entries;
  }

  /** The Info dictionary's entries as text. */
  info(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, value] of this.dict(this.trailer.get('Info')) ?? []) {
      const resolved = this.resolve(value);
      if (resolved instanceof PdfString) out.set(key, resolved.text());
      else if (resolved instanceof PdfName) out.set(key, resolved.name);
    }
    return out;
  }
}
