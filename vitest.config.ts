// Two test projects: `unit` runs everything that needs no database, in parallel;
// `neo4j` runs the tests against a real Neo4j one file after another (Neo4j
// Community has one user database, which the files share) and starts that Neo4j
// in its global setup, so a run that selects no Neo4j test starts no Neo4j.
import { defineConfig } from 'vitest/config';

const NEO4J_TESTS = [
  'test/store/neo4j/**/*.test.ts',
  'test/ingest/ingest.test.ts',
  'test/ingest/interrupted.test.ts',
  'test/neo4j-browser/**/*.test.ts',
  'test/cli/ingest.test.ts',
];

export default defineConfig({
  resolve: {
    // One graphql instance: Node loads graphql's CommonJS build for graphql-yoga
    // and @graphql-tools (the package has no "exports"), while Vite would give
    // our sources its ES build ("module"); types from the two fail instanceof.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...NEO4J_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: NEO4J_TESTS,
          globalSetup: ['test/setup/neo4j.global.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
