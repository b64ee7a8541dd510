import type { Page, PDFOptions } from 'puppeteer-core';
import { withMetadata } from '../pdf/pdf-metadata.js';
import { outlineTitleUpdates } from '../pdf/outline-titles.js';
import { PdfReader, type OutlineEntry } from '../pdf/pdf-reader.js';
import type { Paper } from '../request/brief-request.js';
import { pageArea } from '../templates/page-area.js';
import { BriefPageError } from './brief-page-error.js';
import { BRIEF_ORIGIN, type BriefSite } from './brief-site.js';
import type { FreshPage, PausedRequest } from './fresh-page.js';
import { predictSections } from './predict-sections.js';
import { runStep, type ProgressListener, type StepTimeouts, type StepTimings } from './steps.js';
import type { TocCache } from './toc-cache.js';

/** A PDF with what the renderer read back from it. */
export interface PdfResult {
  readonly pdf: Uint8Array;
  readonly pages: number;
  readonly outline: readonly OutlineEntry[];
  /** The page (1-based) each section starts on. */
  readonly sectionPages: Readonly<Record<string, number>>;
  /** How many times the page was printed: 1 when the contents' page numbers were right the first time. */
  readonly prints: number;
  /** Requests the page made that were refused (not one of the brief's files). */
  readonly blocked: readonly string[];
}

export interface RenderContext {
  readonly timeouts: StepTimeouts;
  readonly onProgress: ProgressListener;
  readonly timings: StepTimings;
  readonly attempt: number;
  readonly tocCache: TocCache;
  readonly paper: Paper;
}

/** Passes after the first that may be needed for the contents' page numbers to settle. */
const MAX_EXTRA_PASSES = 2;

const PDF_OPTIONS: PDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
};

/**
 * Lets the page load its own files and nothing else: every request is answered from the brief's site or
 * aborted (other hosts, file:, other ports and schemes alike).
 */
function lockDown(fresh: FreshPage, site: BriefSite, blocked: string[]): void {
  fresh.handleRequests((request: PausedRequest) => {
    void (async () => {
      const url = request.url;
      const response = url.startsWith(`${BRIEF_ORIGIN}/`) ? await site.respond(url) : null;
      if (response) {
        await request.respond(response);
      } else {
        blocked.push(url);
        await request.abort();
      }
    })().catch(() => undefined);
  });
}

/** Where each section starts (1-based pages), from the PDF's named destinations. */
function sectionPages(reader: PdfReader, anchors: readonly string[]): Record<string, number> {
  const destinations = reader.namedDestinations();
  const pages: Record<string, number> = {};
  for (const anchor of anchors) {
    const page = destinations.get(anchor);
    if (page !== undefined) pages[anchor] = page + 1;
  }
  return pages;
}

function samePages(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Writes the contents' page numbers into the page. */
async function setTocPages(page: Page, pages: Readonly<Record<string, number>>): Promise<void> {
  await page.evaluate((numbers: Record<string, number>) => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-toc]')) {
      const anchor = element.dataset['toc'] ?? '';
      element.textContent = String(numbers[anchor] ?? '');
    }
  }, pages);
}

/**
 * One attempt at a brief, in a fresh page with a browser context of its own (closed in `finally`, whatever
 * happens, not waited for): load the page from the brief's site, wait until it says it is ready, read where
 * the sections will land from a layout of the page in columns of the page's size (no print), write those page
 * numbers into the contents and print; print again only if the PDF's sections are elsewhere, until they hold; then set the PDF's metadata and the outline's titles (the headings' own text) by an
 * incremental update.
 */
export async function renderPage(fresh: FreshPage, site: BriefSite, run: RenderContext): Promise<PdfResult> {
  const report = { onProgress: run.onProgress, timings: run.timings, attempt: run.attempt };
  const anchors = site.page.sections.map((section) => section.anchor);
  const blocked: string[] = [];
  const { context, page } = fresh;
  try {
    lockDown(fresh, site, blocked);

    await runStep('load', run.timeouts, report, async () => {
      const response = await page.goto(`${BRIEF_ORIGIN}/`, { waitUntil: 'load', timeout: run.timeouts.load });
      if (!response?.ok()) throw new BriefPageError('the brief page did not load');
    });

    await runStep('fonts', run.timeouts, report, async () => {
      await page.waitForFunction('window.__briefReady === true || typeof window.__briefError === "string"', {
        timeout: run.timeouts.fonts,
        // Checked in the page every 10 ms: the flag is seen at most 10 ms after the page sets it.
        polling: 10,
      });
      const error = await page.evaluate(() => (window as { __briefError?: string }).__briefError);
      if (error !== undefined) throw new BriefPageError(`the brief page could not get ready: ${error}`);
    });

    const key = run.tocCache.key(site.page.html, site.page.styles, run.paper);
    let expected = run.tocCache.get(key);
    if (expected === undefined) {
      const area = pageArea(run.paper);
      expected = await runStep('layout', run.timeouts, report, () => predictSections(page, area, anchors));
    }
    await setTocPages(page, expected);

    const print = () =>
      runStep('pdf', run.timeouts, report, async () => {
        const pdf = await page.pdf(PDF_OPTIONS);
        return { pdf, pages: sectionPages(new PdfReader(pdf), anchors) };
      });
    let final = await print();
    let prints = 1;
    // A guess that missed, or numbers of another width that moved the pages after them: print until the
    // contents hold.
    for (let pass = 0; !samePages(final.pages, expected); pass++) {
      if (pass === MAX_EXTRA_PASSES)
        throw new BriefPageError('the page numbers of the contents did not settle');
      expected = final.pages;
      await setTocPages(page, expected);
      final = await print();
      prints++;
    }
    run.tocCache.set(key, final.pages);

    return await runStep('post-process', run.timeouts, report, async () => {
      // The outline's titles from the headings' own text (Chromium drops the space where a heading wraps),
      // its white space collapsed as HTML collapses it (no-break spaces kept).
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
          heading.textContent.replace(/[ \t\n\f\r]+/g, ' ').trim(),
        ),
      );
      const titles = outlineTitleUpdates(new PdfReader(final.pdf), headings);
      const pdf = withMetadata(final.pdf, site.page.metadata, titles);
      const reader = new PdfReader(pdf);
      return {
        pdf,
        pages: reader.pageCount(),
        outline: reader.outline(),
        sectionPages: final.pages,
        prints,
        blocked,
      };
    });
  } finally {
    // Closed whatever happened, but not waited for: the brief is done once its PDF is, and the browser
    // closes the context (its page and renderer process) while the next brief goes on.
    context.close().catch(() => undefined);
  }
}
