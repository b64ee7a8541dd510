import {
  createBriefRenderer,
  type BriefRenderer,
  type BriefRendererOptions,
} from '../renderer/create-brief-renderer.js';
import { testChromiumPath } from './test-env.js';

/** A renderer on the tests' Chromium (CHROMIUM_PATH, or the packaged one). */
export function testRenderer(options: BriefRendererOptions = {}): BriefRenderer {
  return createBriefRenderer({ chromiumPath: testChromiumPath, ...options });
}
