import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import type { BriefData } from '../data/brief-data.js';
import type { BriefRenderer, BriefRendererOptions } from '../renderer/create-brief-renderer.js';
import { openBriefTestData, type BriefTestData } from './brief-test-data.js';
import { testRenderer } from './renderer.js';

export interface BriefSuiteOptions {
  /** The folder the suite writes its PDFs to, made before its first test. */
  readonly outDir?: string;
  /** The renderer's options beside the tests' Chromium (a clock, a queue). */
  readonly renderer?: BriefRendererOptions;
}

export interface BriefSuite {
  /** A renderer on the tests' Chromium, closed after the suite's last test. */
  readonly renderer: BriefRenderer;
  /** The real data/ as the briefs read it from a fresh database, from the suite's first test to its last. */
  readonly fixture: { readonly data: BriefData };
}

/**
 * The setup of a suite that renders briefs, registered in the `describe` that calls it: a renderer on the
 * tests' Chromium and the real data/ in a fresh test database, opened before the suite's first test (with
 * its PDF folder) and closed after its last.
 */
export function briefSuite(options: BriefSuiteOptions = {}): BriefSuite {
  const renderer = testRenderer(options.renderer);
  let opened: BriefTestData | undefined;
  beforeAll(async () => {
    opened = await openBriefTestData();
    if (options.outDir !== undefined) await mkdir(options.outDir, { recursive: true });
  });
  afterAll(async () => {
    await renderer.close();
    await opened?.dispose();
  });
  return {
    renderer,
    fixture: {
      get data(): BriefData {
        if (!opened) throw new Error('The brief suite’s data is open only while its tests run.');
        return opened.data;
      },
    },
  };
}
