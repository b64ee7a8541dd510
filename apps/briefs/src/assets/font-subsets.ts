import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { FONT_PATH, loadFonts, type BriefFonts } from './fonts.js';
import { FontSubsetter } from './harfbuzz-subsetter.js';

/**
 * Families whose slices a brief replaces by one subset per face: the whole font (TrueType, from npm) is cut
 * per brief to the characters it uses. Without it, Chromium embeds one font per `unicode-range` slice that
 * the text touches (85 or more in a Chinese brief).
 */
const WHOLE_FONTS = [
  {
    family: 'Noto Sans SC',
    weight: 400,
    style: 'normal',
    module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    family: 'Noto Sans SC',
    weight: 700,
    style: 'normal',
    module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
] as const;

/** Where the subsets are served, under the fonts' address. */
const SUBSET_PATH = `${FONT_PATH}subsets/`;

/** Subsets kept per face, the most recently used: the same brief rendered again reuses its subset. */
const KEPT_PER_FACE = 8;

/** One face cut to a brief's characters. */
export interface SubsetFace {
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  readonly url: string;
  /** The code points it covers, ascending (its `unicode-range`). */
  readonly codePoints: readonly number[];
  /** The TrueType file. */
  readonly bytes: Buffer;
}

/** The subsets of one brief: their @font-face rules (after the slices', so they win) and their files. */
export interface BriefFontSubsets {
  readonly faces: readonly SubsetFace[];
  readonly css: string;
}

export const NO_SUBSETS: BriefFontSubsets = { faces: [], css: '' };

interface WholeFace {
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  readonly subsetter: FontSubsetter;
  /** Whether a code point is one the family's slices cover (the others are left to the next family). */
  readonly covers: (codePoint: number) => boolean;
  readonly kept: Map<string, SubsetFace>;
}

function span(low: number, high: number): number[] {
  return Array.from({ length: high - low + 1 }, (_, index) => low + index);
}

/** Printable ASCII: digits and Latin letters are written by the page itself (page numbers). */
const ASCII = span(0x20, 0x7e);

/**
 * Code points every subset keeps besides the brief's own: printable ASCII, and the punctuation of CJK text
 * (general punctuation, CJK symbols and punctuation, full-width forms), a few hundred glyphs that any brief's
 * charts or margins may come to write.
 */
const ALWAYS = [...ASCII, ...span(0x2010, 0x2027), ...span(0x3000, 0x303f), ...span(0xff00, 0xffef)];

function rangeList(codePoints: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < codePoints.length;) {
    const low = codePoints[index] ?? 0;
    let high = low;
    while (codePoints[index + 1] === high + 1) high = codePoints[++index] ?? high;
    index++;
    parts.push(low === high ? `U+${low.toString(16)}` : `U+${low.toString(16)}-${high.toString(16)}`);
  }
  return parts.join(',');
}

function rule(face: SubsetFace): string {
  return `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(.${face.url}) format('truetype');unicode-range:${rangeList(face.codePoints)};}`;
}

/** The non-ASCII code points of a text, once each, and those always kept; ascending. */
function codePointsOf(text: string): number[] {
  const found = new Set<number>(ALWAYS);
  // A loop over UTF-16 units: a regular expression's match per character is several times slower on the
  // tens of thousands of Chinese characters of a brief.
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    const codePoint = text.codePointAt(index) ?? unit;
    if (codePoint > 0xffff) index++;
    found.add(codePoint);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Cuts the whole fonts to a brief's characters: one font file per face, made once per set of characters and
 * kept (a brief rendered again, or another with the same characters, reuses it).
 */
export class FontSubsets {
  private constructor(private readonly faces: readonly WholeFace[]) {}

  /** Opens the whole fonts; the slices say which characters each covers. */
  static async open(fonts: BriefFonts): Promise<FontSubsets> {
    const faces = await Promise.all(
      WHOLE_FONTS.map(async (whole): Promise<WholeFace> => {
        const subsetter = await FontSubsetter.open(fileURLToPath(import.meta.resolve(whole.module)));
        const covered = new Set<number>();
        for (const face of fonts.faces)
          if (face.family === whole.family && face.weight === whole.weight && face.style === whole.style)
            for (const [low, high] of face.ranges)
              for (let code = low; code <= high; code++) covered.add(code);
        const covers = (codePoint: number) => covered.has(codePoint);
        // HarfBuzz builds its tables of a face at its first subset (most of a second): done here, not in a brief.
        subsetter.subset(ASCII.filter(covers));
        return { ...whole, subsetter, covers, kept: new Map() };
      }),
    );
    return new FontSubsets(faces);
  }

  /** The subsets for a brief whose every character is in `text` (its HTML, stylesheet and widgets). */
  forText(text: string): BriefFontSubsets {
    const all = codePointsOf(text);
    const faces = this.faces.map((whole) => subsetOf(whole, all.filter(whole.covers)));
    return { faces, css: faces.map(rule).join('\n') };
  }
}

function subsetOf(whole: WholeFace, codePoints: readonly number[]): SubsetFace {
  const key = createHash('sha256').update(codePoints.join(',')).digest('hex').slice(0, 16);
  const cached = whole.kept.get(key);
  if (cached) {
    // Most recently used last.
    whole.kept.delete(key);
    whole.kept.set(key, cached);
    return cached;
  }
  const slug = `${whole.family.toLowerCase().replace(/\W+/g, '-')}-${whole.weight}-${whole.style}`;
  const face: SubsetFace = {
    family: whole.family,
    weight: whole.weight,
    style: whole.style,
    url: `${SUBSET_PATH}${slug}-${key}.ttf`,
    codePoints,
    bytes: whole.subsetter.subset(codePoints),
  };
  whole.kept.set(key, face);
  for (const oldest of whole.kept.keys()) {
    if (whole.kept.size <= KEPT_PER_FACE) break;
    whole.kept.delete(oldest);
  }
  return face;
}

let loaded: Promise<FontSubsets> | undefined;

/** The whole fonts, read and parsed once per process (about 20 MB in HarfBuzz's memory), and their subsets. */
export function loadFontSubsets(): Promise<FontSubsets> {
  loaded ??= loadFonts().then((fonts) => FontSubsets.open(fonts));
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
