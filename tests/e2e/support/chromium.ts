import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumExecutable } from '@sco/briefs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { inject } from 'vitest';
import './provided.js';

/** Headless, nothing that phones home, and no name resolved but the loopback ones. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Chromium (CHROMIUM_PATH, else the one shipped in @sparticuz/chromium) with a fresh profile. Throws when
 * it cannot start: a suite that needs a browser fails without one, it never skips.
 */
export async function launchChromium(): Promise<TestBrowser> {
  const executablePath = await chromiumExecutable(inject('chromiumPath'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sco-e2e-chromium-'));
  try {
    const browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, args: FLAGS });
    return {
      browser,
      close: async () => {
        await browser.close();
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
