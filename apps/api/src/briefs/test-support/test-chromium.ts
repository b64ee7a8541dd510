import { loadConfig } from '@sco/config';
import { rootDir } from '../../test-support/test-app.js';

/**
 * The Chromium the brief tests render with: CHROMIUM_PATH, read here once through the project's
 * configuration, or null for the one shipped in the npm package. The tests fail (never skip) when it cannot
 * start.
 */
// eslint-disable-next-line no-restricted-properties -- the test support's one read of the environment
export const testChromiumPath: string | null = loadConfig(process.env, rootDir).chromiumPath;
