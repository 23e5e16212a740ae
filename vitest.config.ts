import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql instance: Node loads graphql's CommonJS build for graphql-yoga
    // and @graphql-tools (the package has no "exports"), while Vite would give
    // our sources its ES build ("module"); types from the two fail instanceof.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
