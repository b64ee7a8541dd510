import type { ModuleExports } from '../../testing/texts-of.js';

declare global {
  interface ImportMeta {
    /** Vite's module glob, which vitest resolves when it transforms this file. */
    glob(patterns: readonly string[], options: { eager: true }): Record<string, Record<string, unknown>>;
  }
}

/**
 * Every module of core (tests, test fixtures and the testing entry aside), imported for what it exports: what the
 * typography tests walk for their texts (`textsOf`). Vite resolves the glob, so this lives beside the tests and
 * not in the built testing entry.
 */
export const coreModules: ModuleExports = import.meta.glob(
  ['../../**/*.ts', '!../../**/*.test.ts', '!../../**/test-support/**', '!../../testing/**'],
  { eager: true },
);
