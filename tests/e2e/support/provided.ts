// What tests/vitest.config.ts provides to the suites (read with vitest's `inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** CHROMIUM_PATH, or null for the Chromium shipped in @sparticuz/chromium. */
    chromiumPath: string | null;
  }
}

export {};
