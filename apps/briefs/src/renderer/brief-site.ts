import { readFile } from 'node:fs/promises';
import { NO_SUBSETS, type BriefFontSubsets } from '../assets/font-subsets.js';
import { FONT_PATH, type BriefFonts } from '../assets/fonts.js';
import { readWidgetsFile, WIDGETS_PATH, type WidgetsBundle } from '../assets/widgets-bundle.js';
import { PAGE_FILES, type BriefPage } from '../templates/build-brief.js';
import { PAGE_SCRIPT } from '../templates/page-script.js';

/**
 * The brief's origin. It never resolves: the renderer answers its requests itself (request interception),
 * so the page can reach nothing but its own files.
 */
export const BRIEF_ORIGIN = 'https://brief.invalid';

/**
 * What the page may do: scripts and fonts only from its own origin, no frames, no forms, no plug-ins, no
 * connections elsewhere. A second wall behind the request allow-list (it also covers data: URLs, which are
 * never intercepted).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface SiteResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer | string;
  readonly headers: Readonly<Record<string, string>>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Font files read once and kept: every brief loads the same few hundred kilobytes. */
const fontCache = new Map<string, Promise<Buffer>>();

function readFont(file: string): Promise<Buffer> {
  let cached = fontCache.get(file);
  if (!cached) {
    cached = readFile(file);
    cached.catch(() => fontCache.delete(file));
    fontCache.set(file, cached);
  }
  return cached;
}

function extension(pathname: string): string {
  return /\.[a-z0-9]+$/.exec(pathname)?.[0] ?? '';
}

/**
 * The files of one brief, by address: its document, stylesheet, script, the font files its @font-face
 * rules name (the packages' slices, and the subsets cut for this brief), and the widgets' built files.
 * Anything else is not part of the brief.
 */
export class BriefSite {
  private readonly fontFiles: ReadonlyMap<string, string>;
  private readonly subsetFiles: ReadonlyMap<string, Buffer>;
  private readonly fontsCss: string;

  constructor(
    readonly page: BriefPage,
    fonts: BriefFonts,
    private readonly widgets: WidgetsBundle | null,
    subsets: BriefFontSubsets = NO_SUBSETS,
  ) {
    this.fontFiles = new Map(fonts.faces.map((face) => [face.url, face.file]));
    this.subsetFiles = new Map(subsets.faces.map((face) => [face.url, face.bytes]));
    // The subsets' rules come last: of two faces of a family covering a character, the later one is used.
    this.fontsCss = subsets.css === '' ? fonts.css : `${fonts.css}\n${subsets.css}`;
  }

  /** The answer to a request for a URL, or null when the URL is not one of the brief's files. */
  async respond(url: string): Promise<SiteResponse | null> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.origin !== BRIEF_ORIGIN || parsed.search !== '' || parsed.username !== '') return null;
    const pathname = parsed.pathname;
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    const ok = (contentType: string, body: Buffer | string): SiteResponse => ({
      status: 200,
      contentType,
      body,
      headers,
    });
    switch (pathname) {
      case PAGE_FILES.document:
        return ok('text/html; charset=utf-8', this.page.html);
      case PAGE_FILES.styles:
        return ok(TYPES['.css'] ?? '', this.page.styles);
      case PAGE_FILES.fonts:
        return ok(TYPES['.css'] ?? '', this.fontsCss);
      case PAGE_FILES.script:
        return ok(TYPES['.js'] ?? '', PAGE_SCRIPT);
    }
    const subset = this.subsetFiles.get(pathname);
    if (subset !== undefined) return ok('font/ttf', subset);
    const font = pathname.startsWith(FONT_PATH) ? this.fontFiles.get(pathname) : undefined;
    if (font !== undefined) return ok('font/woff2', await readFont(font));
    if (this.widgets && pathname.startsWith(WIDGETS_PATH)) {
      const type = TYPES[extension(pathname)];
      const body = type
        ? await readWidgetsFile(this.widgets, decodeURIComponent(pathname.slice(WIDGETS_PATH.length)))
        : null;
      if (type && body) return ok(type, body);
    }
    return null;
  }
}
