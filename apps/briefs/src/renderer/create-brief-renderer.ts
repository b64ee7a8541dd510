import { loadFontSubsets, type FontSubsets } from '../assets/font-subsets.js';
import { loadFonts, type BriefFonts } from '../assets/fonts.js';
import {
  findWidgetsBundle,
  widgetsCharacters,
  WIDGETS_PATH,
  type WidgetsBundle,
} from '../assets/widgets-bundle.js';
import { loadWorldGeometry } from '../assets/world-geometry.js';
import type { BriefData } from '../data/brief-data.js';
import type { OutlineEntry } from '../pdf/pdf-reader.js';
import type { BriefRequest, BriefRequestInput, Paper } from '../request/brief-request.js';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { buildBriefPage, relativeUrl, type BriefPage } from '../templates/build-brief.js';
import type { BriefMetadata } from '../templates/metadata.js';
import { BrowserHost } from './browser-host.js';
import { BriefSite } from './brief-site.js';
import { packagedChromium } from './chromium-executable.js';
import { SILENT_LOGGER, type BriefLogger } from './logger.js';
import { renderPage } from './render-page.js';
import { RenderQueue } from './render-queue.js';
import { SparePages } from './spare-pages.js';
import {
  DEFAULT_STEP_TIMEOUTS,
  runStep,
  type ProgressListener,
  type StepTimeouts,
  type StepTimings,
} from './steps.js';
import { TocCache } from './toc-cache.js';

/** What every brief of a renderer uses, read once. */
interface Assets {
  readonly fonts: BriefFonts;
  readonly subsets: FontSubsets;
  readonly widgets: WidgetsBundle | null;
  /** The characters the widgets may write besides the brief's text. */
  readonly widgetsText: string;
  readonly geometry: unknown;
}

export interface BriefRendererOptions {
  /** Chromium to run (CHROMIUM_PATH); by default the one shipped in the npm package, unpacked once. */
  readonly chromiumPath?: string | null;
  /** Where the packaged Chromium is unpacked (default: the system's temporary folder). */
  readonly chromiumCacheDir?: string;
  /** Renders one browser serves before it is replaced (default 50). */
  readonly maxRenders?: number;
  /** Briefs rendered at once (default 2). */
  readonly concurrency?: number;
  /** Briefs that may wait beyond those; one more is refused with QueueFullError (default 8). */
  readonly queueSize?: number;
  /** Attempts after the first when the browser crashes during a render (default 1). */
  readonly retries?: number;
  /** Milliseconds each step may take. */
  readonly timeouts?: Partial<StepTimeouts>;
  readonly logger?: BriefLogger;
  /** The clock (a brief's creation date). */
  readonly now?: () => Date;
}

export interface RenderOptions {
  readonly onProgress?: ProgressListener;
  /** Aborting takes a waiting brief out of the queue. */
  readonly signal?: AbortSignal;
}

/** A rendered brief: the PDF and what it holds. */
export interface RenderedBrief {
  readonly pdf: Uint8Array;
  readonly pages: number;
  readonly metadata: BriefMetadata;
  readonly outline: readonly OutlineEntry[];
  /** The page (1-based) each section starts on, by its anchor. */
  readonly sectionPages: Readonly<Record<string, number>>;
  /**
   * How many times the page was printed: 1 when the contents' page numbers (read from the page's layout, or
   * known from a render of the same page) were right the first time.
   */
  readonly prints: number;
  /** Milliseconds per step (the steps of every pass and attempt added up). */
  readonly timings: StepTimings;
  /** 1, or more when the browser crashed and the brief was rendered again on a fresh one. */
  readonly attempts: number;
  /** Requests of the page that were refused (none for a well-formed brief). */
  readonly blocked: readonly string[];
}

/** A brief as HTML, for a preview: the page, and its site, which answers the requests of its origin. */
export interface BriefPreview {
  readonly page: BriefPage;
  readonly site: BriefSite;
}

export interface RendererStats {
  readonly running: number;
  readonly queued: number;
  readonly rendered: number;
  readonly launches: number;
  /** The process id of the current browser, if one runs. */
  readonly browserPid: number | null;
}

export interface BriefRenderer {
  /**
   * Renders a brief to PDF from a release's data (see loadBriefData). Rejects with InvalidBriefRequestError,
   * UnknownSubjectError or ReleaseMismatchError before queueing, QueueFullError when the queue is full,
   * StepTimeoutError, BrowserLaunchError or BriefPageError while rendering.
   */
  render(request: BriefRequestInput, data: BriefData, options?: RenderOptions): Promise<RenderedBrief>;
  /** The brief's HTML and its site, without Chromium (for previews). */
  renderHtml(request: BriefRequestInput, data: BriefData): Promise<BriefPreview>;
  stats(): RendererStats;
  /** Refuses new briefs, refuses those waiting, and closes the browser. */
  close(): Promise<void>;
}

/**
 * The brief renderer: one long-lived Chromium shared by every render, a fresh browser context per brief
 * (opened ahead, while no brief waits), named and timed steps, a bounded queue, a retry on a fresh browser
 * after a crash.
 */
export function createBriefRenderer(options: BriefRendererOptions = {}): BriefRenderer {
  const logger = options.logger ?? SILENT_LOGGER;
  const timeouts: StepTimeouts = { ...DEFAULT_STEP_TIMEOUTS, ...options.timeouts };
  const retries = options.retries ?? 1;
  const now = options.now ?? (() => new Date());
  const chromiumPath = options.chromiumPath ?? null;
  const host = new BrowserHost({
    executablePath: () =>
      chromiumPath === null ? packagedChromium(options.chromiumCacheDir) : Promise.resolve(chromiumPath),
    maxRenders: options.maxRenders ?? 50,
    logger,
  });
  const queue = new RenderQueue(options.concurrency ?? 2, options.queueSize ?? 8);
  const tocCache = new TocCache();
  const spares = new SparePages();
  let assets: Promise<Assets> | undefined;
  let rendered = 0;

  const loadAssets = () => {
    assets ??= Promise.all([
      Promise.all([loadFonts(), loadFontSubsets()]).then(([fonts, subsets]) => ({ fonts, subsets })),
      findWidgetsBundle().then(async (widgets) => ({
        widgets,
        widgetsText: widgets === null ? '' : await widgetsCharacters(widgets),
      })),
      loadWorldGeometry(),
    ]).then(([fonts, widgets, geometry]) => {
      if (!widgets.widgets)
        logger.warn('the widgets bundle is not built: briefs show "chart unavailable" boxes');
      return { ...fonts, ...widgets, geometry };
    });
    return assets;
  };

  async function build(request: BriefRequest, data: BriefData): Promise<BriefPreview> {
    const { fonts, subsets, widgets, widgetsText, geometry } = await loadAssets();
    const page = buildBriefPage(request, data, {
      generatedAt: now(),
      widgetsUrl: widgets === null ? null : relativeUrl(`${WIDGETS_PATH}${widgets.entry}`),
      widgetsModules: widgets?.modules.map((file) => relativeUrl(`${WIDGETS_PATH}${file}`)) ?? [],
      mapGeometry: geometry,
    });
    // One font file per face of the whole fonts, cut to the characters the page and its charts can write.
    const cut = subsets.forText(`${page.html}${page.styles}${widgetsText}`);
    return { page, site: new BriefSite(page, fonts, widgets, cut) };
  }

  async function attempt(
    site: BriefSite,
    paper: Paper,
    onProgress: ProgressListener,
  ): Promise<RenderedBrief> {
    const timings: StepTimings = {};
    for (let attemptNumber = 1; ; attemptNumber++) {
      const report = { onProgress, timings, attempt: attemptNumber };
      const lease = await runStep('launch', timeouts, report, () => host.acquire());
      try {
        const fresh = await spares.take(lease.browser);
        const result = await renderPage(fresh, site, {
          timeouts,
          onProgress,
          timings,
          attempt: attemptNumber,
          tocCache,
          paper,
        });
        rendered++;
        return { ...result, metadata: site.page.metadata, timings, attempts: attemptNumber };
      } catch (error) {
        const crashed = lease.crashed() || !lease.browser.connected;
        if (!crashed || attemptNumber > retries) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn(`brief browser crashed during a render (${reason}); rendering again on a fresh browser`);
        onProgress({ type: 'retry', attempt: attemptNumber + 1, reason });
      } finally {
        lease.release();
        // The next brief's page is opened now, while no brief waits for it.
        if (lease.serving()) spares.prepare(lease.browser);
      }
    }
  }

  return {
    async render(input, data, renderOptions = {}) {
      const onProgress = renderOptions.onProgress ?? (() => undefined);
      const request = parseBriefRequest(input);
      const { site } = await build(request, data);
      return queue.run(() => attempt(site, request.paper, onProgress), {
        onPosition: (position) => {
          onProgress({ type: 'queued', position });
        },
        ...(renderOptions.signal ? { signal: renderOptions.signal } : {}),
      });
    },
    renderHtml: (input, data) => build(parseBriefRequest(input), data),
    stats() {
      return { ...queue.stats(), rendered, launches: host.launches(), browserPid: host.pid() };
    },
    async close() {
      queue.close();
      await host.close();
    },
  };
}
