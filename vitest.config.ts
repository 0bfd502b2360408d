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
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
