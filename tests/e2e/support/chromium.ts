import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/** The folders of the Chinese font's regular and bold faces (Noto Sans SC, from its npm package). */
function chineseFontDirs(): string[] {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return ['400Regular', '700Bold'].map((face) => path.join(packageDir, face));
}

/**
 * A fontconfig file that adds Noto Sans SC to the system's fonts: a reader of the Chinese pages has a Chinese
 * font, a bare machine may have none, and Chinese drawn as empty boxes is narrower than Chinese (a header or a
 * table measured that way fits where a reader's would not).
 */
async function fontConfig(dir: string): Promise<string> {
  const file = path.join(dir, 'fonts.conf');
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${chineseFontDirs()
  .map((fontDir) => `  <dir>${fontDir}</dir>`)
  .join('\n')}
  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

/**
 * Chromium (CHROMIUM_PATH, else the one shipped in @sparticuz/chromium) with a fresh profile and a Chinese font.
 * Throws when it cannot start: a suite that needs a browser fails without one, it never skips.
 */
export async function launchChromium(): Promise<TestBrowser> {
  const executablePath = await chromiumExecutable(inject('chromiumPath'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sco-e2e-chromium-'));
  const fontsDir = await mkdtemp(path.join(os.tmpdir(), 'sco-e2e-fonts-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: [...CHROMIUM_FLAGS],
      // eslint-disable-next-line no-restricted-properties -- the browser's environment is the tests' own.
      env: { ...process.env, FONTCONFIG_FILE: await fontConfig(fontsDir) },
    });
    return {
      browser,
      close: async () => {
        await browser.close();
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
        await rm(fontsDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    await rm(fontsDir, { recursive: true, force: true });
    throw error;
  }
}
