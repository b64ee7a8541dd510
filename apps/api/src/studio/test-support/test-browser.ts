import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumExecutable } from '@sco/briefs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { testChromiumPath } from '../../briefs/test-support/test-chromium.js';

export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * The Chromium the brief renderer uses too (CHROMIUM_PATH, else the npm package's), as a person's browser:
 * a fresh profile of its own, removed on close. Fails, never skips, when Chromium cannot start.
 */
export async function launchTestBrowser(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sco-studio-browser-'));
  const browser = await puppeteer.launch({
    executablePath: await chromiumExecutable(testChromiumPath),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`],
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    browser,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}
