import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** A loopback port nothing listens on. */
    closedPort: () => Promise<number>;
    /** Emulates prefers-color-scheme, prefers-reduced-motion or print media (null: back to the default). */
    emulateMedia: (options: {
      colorScheme?: 'light' | 'dark' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
      media?: 'screen' | 'print' | null;
    }) => Promise<void>;
  }
}
