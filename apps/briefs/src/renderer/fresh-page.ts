import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer-core';

/**
 * A page in a browser context of its own, for one brief: request interception on (every request aborted
 * until the brief's handler is set) and print media emulated.
 */
export interface FreshPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Hands the page's requests to the brief's handler (its lockdown). */
  handleRequests(handler: (request: HTTPRequest) => void): void;
}

/** Opens a fresh page; a failure closes the context it opened. */
export async function openFreshPage(browser: Browser): Promise<FreshPage> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    let handler: ((request: HTTPRequest) => void) | null = null;
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (handler) handler(request);
      else request.abort('blockedbyclient').catch(() => undefined);
    });
    await page.emulateMediaType('print');
    return {
      context,
      page,
      handleRequests: (next) => {
        handler = next;
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}
