import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumExecutable } from '@sco/briefs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { inject } from 'vitest';
import './provided.js';

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
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: [...CHROMIUM_FLAGS],
    });
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
