/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, BrowserContext, Page } from 'puppeteer-core';

/** A request the page made, and what came back. */
export interface Exchange {
  readonly url: string;
  readonly status: number | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly fromCache: boolean;
}

/** A page in a browser context of its own, with what it did recorded. */
export interface ProbedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and warnings, and uncaught exceptions. */
  readonly problems: string[];
  /** Every request once it finished or failed, with its response (status null when it failed). */
  readonly exchanges: Exchange[];
  /** The Content-Security-Policy violations the page reported (securitypolicyviolation events). */
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

interface ViolationWindow {
  scoViolations?: string[];
}

/**
 * Opens a fresh browser context (no cookies, storage or cache shared with other pages) with the HTTP cache
 * off, so that every fetch the page makes is a request on the wire.
 */
export async function openProbedPage(browser: Browser): Promise<ProbedPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 1200, height: 900 });
  const problems: string[] = [];
  const exchanges: Exchange[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
  });
  page.on('requestfinished', (request) => {
    const response = request.response();
    exchanges.push({
      url: request.url(),
      status: response?.status() ?? null,
      headers: response?.headers() ?? {},
      fromCache: response?.fromCache() ?? false,
    });
  });
  page.on('requestfailed', (request) => {
    exchanges.push({ url: request.url(), status: null, headers: {}, fromCache: false });
  });
  // Runs before any script of the page, whatever its CSP allows.
  await page.evaluateOnNewDocument(() => {
    const record = ((window as ViolationWindow).scoViolations = [] as string[]);
    document.addEventListener('securitypolicyviolation', (event) => {
      record.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    page,
    context,
    problems,
    exchanges,
    violations: () => page.evaluate(() => (window as ViolationWindow).scoViolations ?? []),
    close: () => context.close(),
  };
}

/** Waits until every widget on the page has rendered its data or an error (its `status` attribute). */
export async function widgetsSettled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((element) =>
        element.localName.startsWith('sco-'),
      );
      return (
        widgets.length > 0 &&
        widgets.every((widget) => ['ready', 'error'].includes(widget.getAttribute('status') ?? ''))
      );
    },
    { timeout, polling: 50 },
  );
}

/** Each widget's tag and status, in document order. */
export function widgetStatuses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('sco-'))
      .map((widget) => `${widget.localName}: ${widget.getAttribute('status') ?? 'undefined'}`),
  );
}
