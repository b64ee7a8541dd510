import { defineConfig } from 'vitest/config';

/**
 * The Chromium of the end-to-end suites (tests/e2e): CHROMIUM_PATH when set, else (null) the one shipped in
 * @sparticuz/chromium, which they unpack. There is no fallback to skipping: without a browser they fail.
 */
// eslint-disable-next-line no-restricted-properties -- the test runner's configuration is an entry point.
const chromiumPath = process.env['CHROMIUM_PATH'] || null;

export default defineConfig({ test: { provide: { chromiumPath } } });
