import type { Browser } from 'puppeteer-core';
import { openFreshPage, type FreshPage } from './fresh-page.js';

/**
 * A fresh page opened ahead, per browser, for the next brief: opening a browser context and a page, and
 * setting its interception and media, takes tens of milliseconds that a render then no longer waits for.
 * Every page still serves one brief and is closed after it: a spare is a fresh context, never a reused one.
 * A spare whose browser has gone is dropped (the browser's close closed it).
 */
export class SparePages {
  private readonly spares = new WeakMap<Browser, Promise<FreshPage>>();

  /** The browser's spare when one is open, otherwise a page opened now. */
  async take(browser: Browser): Promise<FreshPage> {
    const spare = this.spares.get(browser);
    this.spares.delete(browser);
    const fresh = spare ? await spare.catch(() => null) : null;
    if (fresh && browser.connected && !fresh.page.isClosed()) return fresh;
    return openFreshPage(browser);
  }

  /** Opens the browser's next spare, unless it has one (call it when a render is done, off its path). */
  prepare(browser: Browser): void {
    if (this.spares.has(browser) || !browser.connected) return;
    const spare = openFreshPage(browser);
    spare.catch(() => undefined);
    this.spares.set(browser, spare);
  }
}
