import type { BriefData } from '../data/brief-data.js';
import { messagesFor } from '../i18n/messages-for.js';
import { briefPermalink } from '../request/brief-permalink.js';
import { describeQuery, type BriefRequest } from '../request/brief-request.js';
import { BriefContext } from './brief-context.js';
import { briefDocument, sectionAnchor } from './document.js';
import { AUTHOR, type BriefMetadata } from './metadata.js';
import { overviewContent } from './overview.js';
import { partnerContent } from './partner.js';
import { regionContent } from './region.js';
import { ReleaseMismatchError } from './release-mismatch-error.js';
import type { BriefContent } from './section.js';
import { sectorContent } from './sector.js';
import { briefStyles } from './styles.js';

/** The addresses of the page's own files in the brief's origin. */
export const PAGE_FILES = {
  document: '/',
  styles: '/brief.css',
  fonts: '/fonts.css',
  script: '/brief.js',
} as const;

/**
 * How the page names one of its files: relative to the document ("./brief.css"), so that the page works
 * wherever its files are served beside it — at the root of the brief's origin for the renderer, under a
 * path of its own for a preview in the brief studio.
 */
export function relativeUrl(path: string): string {
  return `.${path}`;
}

/** A brief written out: its HTML document and stylesheet, and what the PDF will say about itself. */
export interface BriefPage {
  readonly html: string;
  readonly styles: string;
  readonly metadata: BriefMetadata;
  /** The anchors of the sections, in the order of the contents. */
  readonly sections: readonly { readonly anchor: string; readonly title: string }[];
  /** Whether the charts are drawn by the widgets (false: "chart unavailable" boxes). */
  readonly widgets: boolean;
}

export interface BuildOptions {
  /** When the brief is generated (its creation date). */
  readonly generatedAt: Date;
  /** The widgets' module in the brief's origin, or null when the widgets bundle is missing. */
  readonly widgetsUrl: string | null;
  /**
   * The widgets' modules in the brief's origin, preloaded: fetched while the page is parsed rather than when
   * its script imports them, after the first layout.
   */
  readonly widgetsModules?: readonly string[];
  /** The world map's geometry (TopoJSON), given inline to the map widget. */
  readonly mapGeometry: unknown;
}

function content(
  ctx: BriefContext,
  request: BriefRequest,
  permalink: string,
  generatedAt: Date,
): BriefContent {
  switch (request.template) {
    case 'overview':
      return overviewContent(ctx, permalink, generatedAt);
    case 'partner':
      return partnerContent(ctx, request.subject, permalink, generatedAt);
    case 'region':
      return regionContent(ctx, request.subject, permalink, generatedAt);
    case 'sector':
      return sectorContent(ctx, request.subject, permalink, generatedAt);
  }
}

/**
 * Writes a brief from a release's data: its HTML page (cover, contents, sections, notes) and its metadata.
 * Throws UnknownSubjectError for a partner the release does not have, and ReleaseMismatchError when the
 * request pins another release than the data's.
 */
export function buildBriefPage(request: BriefRequest, data: BriefData, options: BuildOptions): BriefPage {
  if (request.release !== undefined && request.release !== data.release.id) {
    throw new ReleaseMismatchError(request.release, data.release.id);
  }
  const m = messagesFor(request.lang);
  const ctx = new BriefContext(
    request.lang,
    m,
    data,
    options.widgetsUrl !== null,
    options.mapGeometry,
    request.length,
  );
  const query = describeQuery(request, data.release.id);
  const written = content(ctx, request, briefPermalink(request, data.release.id), options.generatedAt);
  const running = {
    left:
      written.subjectName === null
        ? `${m.observatory} · ${m.briefKind}`
        : `${m.observatory} · ${written.subjectName}`,
    right: m.runningRelease(data.release.id),
  };
  const keywords = [...m.keywords, ...(written.subjectName === null ? [] : [written.subjectName])];
  const html = briefDocument({
    ctx,
    content: written,
    generatedAt: options.generatedAt,
    marginTexts: [
      running.left,
      running.right,
      `${m.pageOf.before}${m.pageOf.middle}${m.pageOf.after}0123456789`,
    ],
    widgetsUrl: options.widgetsUrl,
    modulePreloads: options.widgetsUrl === null ? [] : (options.widgetsModules ?? []),
    stylesUrl: relativeUrl(PAGE_FILES.styles),
    fontsUrl: relativeUrl(PAGE_FILES.fonts),
    scriptUrl: relativeUrl(PAGE_FILES.script),
    keywords,
    author: AUTHOR,
  });
  return {
    html,
    styles: briefStyles(request.lang, request.paper, m, running),
    metadata: {
      title: written.title,
      author: AUTHOR,
      subject: written.subtitle,
      keywords,
      lang: m.locale,
      release: data.release.id,
      query,
      createdAt: options.generatedAt,
    },
    sections: written.sections.map((section) => ({
      anchor: sectionAnchor(section.id),
      title: section.title,
    })),
    widgets: options.widgetsUrl !== null,
  };
}
