import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { serverTestFiles } from './test/helpers/server-test-files.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 has a CommonJS build (main) and an ESM one (module) but no exports map: Node gives
    // graphql-yoga the CommonJS one, Vite would give our sources the ESM one, and GraphQLError would
    // exist twice (instanceof fails). Tests load the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Around every test file: no minted token, code or Spotify cookie in any output or response.
    setupFiles: ['test/helpers/leak-canary.ts'],
    projects: [
      { extends: true, test: { name: 'all', include: ['test/**/*.test.ts'] } },
      // Every file that starts a GraphQL server, again with graphql-js (test/helpers/executor.ts reads
      // NO_JIT; `all` runs graphql-jit): any answer that differs between the two executors fails a test.
      {
        extends: true,
        test: { name: 'no-jit', include: serverTestFiles(import.meta.dirname), env: { NO_JIT: '1' } },
      },
    ],
  },
});
