import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The generation test builds the API's app and runs openapi-typescript.
    testTimeout: 30_000,
  },
});
