/*
 * Just enough PDF syntax (ISO 32000-1, 7.2–7.3) to read the objects Chromium writes uncompressed — the
 * catalog, page tree, outline, named destinations and Info dictionary — and to write new ones. Content
 * streams are never parsed.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string object, as its bytes. */
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}

  /** A text string: UTF-16BE with a byte order mark, UTF-8 with one, or PDFDocEncoding (read as Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
      return new TextDecoder('utf-8').decode(b.subarray(3));
    return Buffer.from(b).toString('latin1');
  }
}

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

/** The PDF is malformed, or uses a structure this reader does not handle (e.g. cross-reference streams). */
export class PdfSyntaxError extends Error {
  override readonly name = 'PdfSyntaxError';
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** Reads PDF values from a byte buffer, starting at a position. */
export class PdfLexer {
  constructor(
    private readonly bytes: Uint8Array,
    public pos = 0,
  ) {}

  private peek(offset = 0): number {
    return this.bytes[this.pos + offset] ?? -1;
  }

  skipSpace(): void {
    for (;;) {
      const c = this.peek();
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.bytes.length && this.peek() !== 0x0a && this.peek() !== 0x0d) this.pos++;
      } else return;
    }
  }

  /** A regular token (a keyword or a number), or '' at a delimiter. */
  word(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.bytes.length && !WHITESPACE.has(this.peek()) && !DELIMITERS.has(this.peek()))
      this.pos++;
    return Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
  }

  expectWord(expected: string): void {
    const found = this.word();
    if (found !== expected)
      throw new PdfSyntaxError(`expected "${expected}" at ${this.pos}, found "${found}"`);
  }

  value(): PdfValue {
    this.skipSpace();
    const c = this.peek();
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literalString();
    if (c === 0x3c) return this.peek(1) === 0x3c ? this.dict() : this.hexString();
    if (c === 0x5b) return this.array();
    const token = this.word();
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token))
      throw new PdfSyntaxError(`unexpected "${token}" at ${this.pos}`);
    const number = Number(token);
    // "12 0 R": a reference.
    if (/^\d+$/.test(token)) {
      const save = this.pos;
      const gen = this.word();
      if (/^\d+$/.test(gen) && this.word() === 'R') return new PdfRef(number, Number(gen));
      this.pos = save;
    }
    return number;
  }

  private name(): PdfName {
    this.pos++;
    const start = this.pos;
    while (this.pos < this.bytes.length && !WHITESPACE.has(this.peek()) && !DELIMITERS.has(this.peek()))
      this.pos++;
    const raw = Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
    return new PdfName(
      raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
  }

  private literalString(): PdfString {
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    for (;;) {
      const c = this.peek();
      if (c === -1) throw new PdfSyntaxError('unterminated string');
      this.pos++;
      if (c === 0x5c) {
        const e = this.peek();
        this.pos++;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = e - 0x30;
          for (let i = 0; i < 2 && this.peek() >= 0x30 && this.peek() <= 0x37; i++)
            octal = octal * 8 + (this.bytes[this.pos++] ?? 0x30) - 0x30;
          out.push(octal & 0xff);
        } else if (e === 0x0d) {
          if (this.peek() === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return new PdfString(Uint8Array.from(out));
  }

  private hexString(): PdfString {
    this.pos++;
    let hex = '';
    while (this.peek() !== 0x3e) {
      if (this.peek() === -1) throw new PdfSyntaxError('unterminated hex string');
      const c = String.fromCharCode(this.bytes[this.pos++] ?? 0x20);
      if (/[0-9a-fA-F]/.test(c)) hex += c;
    }
    this.pos++;
    if (hex.length % 2 === 1) hex += '0';
    return new PdfString(Uint8Array.from(Buffer.from(hex, 'hex')));
  }

  private array(): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.peek() === 0x5d) {
        this.pos++;
        return items;
      }
      if (this.peek() === -1) throw new PdfSyntaxError('unterminated array');
      items.push(this.value());
    }
  }

  private dict(): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.peek() === 0x3e && this.peek(1) === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.value();
      if (!(key instanceof PdfName)) throw new PdfSyntaxError(`expected a name key at ${this.pos}`);
      dict.set(key.name, this.value());
    }
  }
}

function serializeName(name: string): string {
  return `/${name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

/** A text string: literal when printable ASCII, otherwise UTF-16BE with a byte order mark, in hex. */
export function textString(text: string): PdfString {
  if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(Uint8Array.from(Buffer.from(text, 'latin1')));
  const units = Buffer.from(text, 'utf16le').swap16();
  return new PdfString(Uint8Array.from([0xfe, 0xff, ...units]));
}

/** Writes a value in PDF syntax. */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (value instanceof PdfName) return serializeName(value.name);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString) {
    const printable = value.bytes.every((b) => b >= 0x20 && b <= 0x7e);
    if (printable)
      return `(${Buffer.from(value.bytes)
        .toString('latin1')
        .replace(/([\\()])/g, '\\$1')})`;
    return `<${Buffer.from(value.bytes).toString('hex').toUpperCase()}>`;
  }
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  return `<<${[...value.entries()].map(([key, item]) => `${serializeName(key)} ${serialize(item)}`).join(' ')}>>`;
}
