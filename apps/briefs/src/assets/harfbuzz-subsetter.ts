import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The functions of HarfBuzz's subsetter (harfbuzzjs's `harfbuzz-subset.wasm`) that a subset needs. */
interface HarfBuzzSubset {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, setType: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HarfBuzz could not make a subset of a font (its file is not a font it reads, or memory ran out). */
export class FontSubsetError extends Error {
  constructor(readonly font: string) {
    super(`HarfBuzz could not subset the font ${font}`);
    this.name = 'FontSubsetError';
  }
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let instance: Promise<HarfBuzzSubset> | undefined;

function harfBuzz(): Promise<HarfBuzzSubset> {
  instance ??= readFile(fileURLToPath(import.meta.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')))
    .then((bytes) => WebAssembly.instantiate(bytes))
    .then(({ instance: module }) => {
      const exports = module.exports as unknown as HarfBuzzSubset;
      exports._initialize();
      return exports;
    });
  return instance;
}

/**
 * A whole font held in HarfBuzz's memory for the life of the process, from which subsets are cut: the font
 * file is read and parsed once, each subset copies only what it keeps.
 */
export class FontSubsetter {
  private constructor(
    private readonly hb: HarfBuzzSubset,
    private readonly face: number,
    readonly file: string,
  ) {}

  /** Reads a TrueType or OpenType font file (not woff2) into HarfBuzz. */
  static async open(file: string): Promise<FontSubsetter> {
    const [hb, bytes] = await Promise.all([harfBuzz(), readFile(file)]);
    const data = hb.malloc(bytes.byteLength);
    if (data === 0) throw new FontSubsetError(file);
    new Uint8Array(hb.memory.buffer).set(bytes, data);
    // The blob borrows the bytes (read-only, no copy, never freed): the face lives as long as the process.
    const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    return new FontSubsetter(hb, face, file);
  }

  /**
   * A TrueType font with the glyphs of these code points (and those their layout features reach), in the
   * font's own outlines, metrics, layout features and names.
   */
  subset(codePoints: Iterable<number>): Buffer {
    const { hb } = this;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new FontSubsetError(this.file);
    let subset: number;
    try {
      // Every layout feature kept (HarfBuzz keeps a default list): Chromium shapes CJK punctuation with
      // features outside it (half-width forms at the start and end of a line), and the lines must break as
      // they do with the package's slices.
      const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      hb.hb_set_clear(features);
      hb.hb_set_invert(features);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
      subset = hb.hb_subset_or_fail(this.face, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
    if (subset === 0) throw new FontSubsetError(this.file);
    const blob = hb.hb_face_reference_blob(subset);
    try {
      const data = hb.hb_blob_get_data(blob, 0);
      const length = hb.hb_blob_get_length(blob);
      // Copied out: the wasm memory may grow (and move) at the next call.
      return Buffer.from(new Uint8Array(hb.memory.buffer, data, length));
    } finally {
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
    }
  }
}
