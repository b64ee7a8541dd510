import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The font packages a brief uses, with the weights and styles loaded from each. */
const FONT_PACKAGES = [
  { name: 'noto-serif', styles: ['400', '400-italic', '700'] },
  { name: 'noto-sans', styles: ['400', '700'] },
  { name: 'noto-sans-sc', styles: ['400', '700'] },
  { name: 'noto-sans-kr', styles: ['400', '700'] },
  { name: 'noto-sans-arabic', styles: ['400', '700'] },
  { name: 'noto-sans-thai', styles: ['400', '700'] },
  { name: 'noto-sans-sinhala', styles: ['400', '700'] },
] as const;

/** One @font-face: a woff2 file covering a Unicode range of a family at a weight and style. */
export interface FontFaceAsset {
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  /** Its address in the brief's origin. */
  readonly url: string;
  /** The woff2 file in its npm package. */
  readonly file: string;
  /** Code point ranges it covers, inclusive. */
  readonly ranges: readonly (readonly [number, number])[];
}

export interface BriefFonts {
  readonly faces: readonly FontFaceAsset[];
  /** The @font-face rules, pointing at the brief's origin. */
  readonly css: string;
}

/** The address under which the brief's origin serves font files. */
export const FONT_PATH = '/fonts/';

function property(block: string, name: string): string | undefined {
  return new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [low = '0', high] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(low, 16), parseInt(high ?? low, 16)];
  });
}

/** Parses the @font-face rules of a fontsource stylesheet, keeping the woff2 source of each. */
export function parseFontFaces(css: string, packageDir: string, packageName: string): FontFaceAsset[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block = '']) => {
    const family = property(block, 'font-family')?.replace(/['"]/g, '');
    const weight = Number(property(block, 'font-weight'));
    const style = property(block, 'font-style') === 'italic' ? 'italic' : 'normal';
    const source = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(block)?.[1];
    const range = property(block, 'unicode-range');
    if (!family || !source || !range || !Number.isFinite(weight)) return [];
    return [
      {
        family,
        weight,
        style,
        url: `${FONT_PATH}${packageName}/${source}`,
        file: path.join(packageDir, 'files', source),
        ranges: parseRanges(range),
      },
    ];
  });
}

/** The rule of a face; its URL is relative to the stylesheet (served beside the page), as every URL of the page. */
function fontFaceRule(face: FontFaceAsset): string {
  const ranges = face.ranges
    .map(([low, high]) =>
      low === high ? `U+${low.toString(16)}` : `U+${low.toString(16)}-${high.toString(16)}`,
    )
    .join(',');
  return `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(.${face.url}) format('woff2');unicode-range:${ranges};}`;
}

async function readPackage(name: string, style: string): Promise<FontFaceAsset[]> {
  const stylesheet = fileURLToPath(import.meta.resolve(`@fontsource/${name}/${style}.css`));
  return parseFontFaces(await readFile(stylesheet, 'utf8'), path.dirname(stylesheet), name);
}

let loaded: Promise<BriefFonts> | undefined;

/** The brief's fonts, read once from their npm packages (Latin, Simplified Chinese, Korean, Arabic, Thai). */
export function loadFonts(): Promise<BriefFonts> {
  loaded ??= Promise.all(
    FONT_PACKAGES.flatMap(({ name, styles }) => styles.map((style) => readPackage(name, style))),
  ).then((lists) => {
    const faces = lists.flat();
    return { faces, css: faces.map(fontFaceRule).join('\n') };
  });
  return loaded;
}

/** The characters of a text that no face of a family list covers (they would fall back to system fonts). */
export function uncovered(text: string, fonts: BriefFonts, families: readonly string[]): string[] {
  const faces = fonts.faces.filter((face) => families.includes(face.family));
  const missing = new Set<string>();
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || /\s/u.test(character)) continue;
    if (!faces.some((face) => face.ranges.some(([low, high]) => code >= low && code <= high)))
      missing.add(character);
  }
  return [...missing];
}
