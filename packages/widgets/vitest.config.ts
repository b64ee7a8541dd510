import { createServer } from 'node:net';
import chromium from '@sparticuz/chromium';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { minifyTemplatesPlugin } from './minify-templates.js';

/** Chromium: CHROMIUM_PATH when set, else the one shipped in @sparticuz/chromium (unpacked to the temp folder). */
// eslint-disable-next-line no-restricted-properties -- the test runner's configuration is an entry point.
const executablePath = process.env['CHROMIUM_PATH'] || (await chromium.executablePath());

/** A loopback port nothing listens on (for the "API down" tests): bound, then released. */
const closedPort: BrowserCommand = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });

/** Emulates the reader's preferences (prefers-color-scheme, prefers-reduced-motion) or print in the test page. */
const emulateMedia: BrowserCommand<
  [
    {
      colorScheme?: 'light' | 'dark' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
      media?: 'screen' | 'print' | null;
    },
  ]
> = async (context, options) => {
  if (!('page' in context)) throw new Error('emulateMedia needs the Playwright provider');
  await context.page.emulateMedia(options);
};

export default defineConfig({
  // The templates as the build writes them, so that the tests see what a page gets.
  plugins: [minifyTemplatesPlugin()],
  // Bundled before the first test, so that no test page reloads when they are discovered.
  optimizeDeps: { include: ['axe-core', 'lit', 'topojson-client'] },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    browser: {
      enabled: true,
      headless: true,
      // A loaded machine (CI beside other work) can take more than the default minute to open the session.
      connectTimeout: 180_000,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { closedPort, emulateMedia },
    },
  },
});
