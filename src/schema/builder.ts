import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import type { GraphQLContext } from '../resolvers/context.js';

/**
 * The one SchemaBuilder: plugins and limits only; every type lives in its own file. The complexity
 * limits keep one query from fanning out into thousands of Spotify calls.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
}>({
  plugins: [ComplexityPlugin],
  defaultFieldNullability: false,
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 20_000, depth: 14, breadth: 300 },
  },
});

builder.queryType({ description: 'Read the Spotify catalog, the signed-in user and their player.' });
builder.mutationType({ description: 'Change playback, playlists, the library and follows.' });
