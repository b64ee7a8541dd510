import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@sco/config';

/** The project folder, where data/ is. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** A folder of the package's test-results/, where a suite keeps what it wrote for a person to look at. */
export function testResultsDir(name: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', name);
}

/**
 * The Chromium the tests render with: CHROMIUM_PATH, read here once through the project's configuration,
 * or null for the one shipped in the npm package. The tests fail (never skip) when it cannot start.
 */
// eslint-disable-next-line no-restricted-properties -- the test support's one read of the environment
export const testChromiumPath: string | null = loadConfig(process.env, rootDir).chromiumPath;
