import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** A loopback port nothing listens on. */
    closedPort: () => Promise<number>;
    /** Emulates prefers-color-scheme and prefers-reduced-motion (null: back to the default). */
    emulateMedia: (options: {
      colorScheme?: 'light' | 'dark' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
    }) => Promise<void>;
  }
}
