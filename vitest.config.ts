import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

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
      // The GraphQL suite again with graphql-jit off (test/helpers/server.ts reads NO_JIT): any answer
      // that differs between the two executors fails a test.
      {
        extends: true,
        test: { name: 'graphql-no-jit', include: ['test/graphql/**/*.test.ts'], env: { NO_JIT: '1' } },
      },
    ],
  },
});
