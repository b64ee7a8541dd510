import type { Browser, BrowserContext, CDPSession, Page } from 'puppeteer-core';

/** What the page gets for a request it makes: a file of the brief's site. */
export interface PausedResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer | string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A request the page made, held until it is answered or refused. */
export interface PausedRequest {
  readonly url: string;
  respond(response: PausedResponse): Promise<void>;
  abort(): Promise<void>;
}

/**
 * A page in a browser context of its own, for one brief: every request it makes is held (the DevTools
 * protocol's Fetch domain) and refused until the brief's handler is set; print media emulated.
 */
export interface FreshPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Hands the page's requests to the brief's handler (its lockdown). */
  handleRequests(handler: (request: PausedRequest) => void): void;
}

interface RequestPausedEvent {
  readonly requestId: string;
  readonly request: { readonly url: string };
}

/**
 * A held request. The body goes to Chromium in base64, encoded by Node's Buffer: Puppeteer's own
 * `HTTPRequest.respond` encodes it in JavaScript, which took 35–70 ms of the Node process per brief (its
 * fonts and the widgets' modules, 1.2–1.9 MB).
 */
function pausedRequest(client: CDPSession, event: RequestPausedEvent): PausedRequest {
  return {
    url: event.request.url,
    async respond(response) {
      const body = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
      const headers = { ...response.headers, 'Content-Type': response.contentType };
      await client.send('Fetch.fulfillRequest', {
        requestId: event.requestId,
        responseCode: response.status,
        responseHeaders: [
          ...Object.entries(headers).map(([name, value]) => ({ name, value })),
          { name: 'Content-Length', value: String(body.byteLength) },
        ],
        body: body.toString('base64'),
      });
    },
    async abort() {
      await client.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
    },
  };
}

/** Opens a fresh page; a failure closes the context it opened. */
export async function openFreshPage(browser: Browser): Promise<FreshPage> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    let handler: ((request: PausedRequest) => void) | null = null;
    client.on('Fetch.requestPaused', (event: RequestPausedEvent) => {
      const request = pausedRequest(client, event);
      if (handler) handler(request);
      else request.abort().catch(() => undefined);
    });
    await client.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
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
