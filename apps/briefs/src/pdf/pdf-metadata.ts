import type { BriefMetadata } from '../templates/metadata.js';
import { PdfReader } from './pdf-reader.js';
import { PdfRef, PdfString, serialize, textString, type PdfDict, type PdfValue } from './pdf-syntax.js';

/** The XMP namespace of the brief's own properties (its data release and query). */
export const SCO_XMP_NAMESPACE = 'urn:soft-connectivity-observatory:brief:1#';

/** Custom keys of the Info dictionary. */
export const INFO_RELEASE_KEY = 'DataRelease';
export const INFO_QUERY_KEY = 'BriefQuery';

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The XMP packet: Dublin Core title, creator, description, subjects and language, dates, and our own. */
export function xmpPacket(metadata: BriefMetadata, producer: string): string {
  const created = metadata.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:sco="${SCO_XMP_NAMESPACE}">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(metadata.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(metadata.subject)}</dc:description>
<dc:subject><rdf:Bag>${metadata.keywords.map((keyword) => `<rdf:li>${xml(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>${xml(metadata.lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${xml(metadata.keywords.join(', '))}</pdf:Keywords>
<pdf:Producer>${xml(producer)}</pdf:Producer>
<xmp:CreateDate>${created}</xmp:CreateDate>
<xmp:ModifyDate>${created}</xmp:ModifyDate>
<xmp:MetadataDate>${created}</xmp:MetadataDate>
<xmp:CreatorTool>${xml(metadata.author)}</xmp:CreatorTool>
<sco:release>${xml(metadata.release)}</sco:release>
<sco:query>${xml(metadata.query)}</sco:query>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Sets a PDF's metadata by an incremental update: the original bytes stay as they are, and a new Info
 * dictionary, an XMP metadata stream and a new revision of the catalog (the same entries — pages, structure
 * tree, outline, destinations — plus /Lang and /Metadata) are appended with their own cross-reference
 * section, whose trailer points back to the original one. `replaced` are other objects written again in the
 * same update (e.g. outline items with corrected titles), by object number.
 */
export function withMetadata(
  pdf: Uint8Array,
  metadata: BriefMetadata,
  replaced: ReadonlyMap<number, PdfDict> = new Map(),
): Uint8Array {
  const reader = new PdfReader(pdf);
  const rootNum = reader.rootNumber();
  const size = reader.trailer.get('Size');
  if (typeof size !== 'number') throw new Error('the trailer has no /Size');
  const infoNum = size;
  const xmpNum = size + 1;
  const producer = reader.info().get('Producer') ?? 'Chromium';
  const date = new PdfString(Buffer.from(pdfDate(metadata.createdAt), 'latin1'));

  const info: PdfDict = new Map<string, PdfString>([
    ['Title', textString(metadata.title)],
    ['Author', textString(metadata.author)],
    ['Subject', textString(metadata.subject)],
    ['Keywords', textString(metadata.keywords.join(', '))],
    ['Creator', textString(`${metadata.author} (Chromium)`)],
    ['Producer', textString(producer)],
    ['CreationDate', date],
    ['ModDate', date],
    [INFO_RELEASE_KEY, textString(metadata.release)],
    [INFO_QUERY_KEY, textString(metadata.query)],
  ]);
  const catalog: PdfDict = new Map(reader.catalog());
  catalog.set('Lang', textString(metadata.lang));
  catalog.set('Metadata', new PdfRef(xmpNum, 0));

  const xmp = Buffer.from(xmpPacket(metadata, producer), 'utf8');
  const chunks: Buffer[] = [Buffer.from(pdf)];
  let offset = pdf.length;
  const offsets = new Map<number, number>();
  const append = (chunk: Buffer) => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  const object = (num: number, body: Buffer) => {
    offsets.set(num, offset);
    append(
      Buffer.concat([Buffer.from(`${num} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]),
    );
  };

  if (pdf[pdf.length - 1] !== 0x0a) append(Buffer.from('\n', 'latin1'));
  object(rootNum, Buffer.from(serialize(catalog), 'latin1'));
  for (const [num, value] of replaced) {
    if (num === rootNum || num >= size) throw new Error(`object ${num} cannot be replaced`);
    object(num, Buffer.from(serialize(value), 'latin1'));
  }
  object(infoNum, Buffer.from(serialize(info), 'latin1'));
  object(
    xmpNum,
    Buffer.concat([
      Buffer.from(`<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n`, 'latin1'),
      xmp,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );

  const xrefAt = offset;
  const entry = (num: number) => `${String(offsets.get(num) ?? 0).padStart(10, '0')} 00000 n \n`;
  // One subsection per run of consecutive object numbers.
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let subsections = '0 1\n0000000000 65535 f \n';
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    const run = numbers.slice(i, j + 1);
    subsections += `${run[0]} ${run.length}\n${run.map(entry).join('')}`;
    i = j + 1;
  }
  const trailer: PdfDict = new Map<string, PdfValue>([
    ['Size', size + 2],
    ['Root', new PdfRef(rootNum, 0)],
    ['Info', new PdfRef(infoNum, 0)],
    ['Prev', reader.startxref],
  ]);
  const id = reader.trailer.get('ID');
  if (id !== undefined) trailer.set('ID', id);
  append(
    Buffer.from(
      `xref\n${subsections}trailer\n${serialize(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}
