import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, getNullableType, isListType } from 'graphql';
import { type GraphQLContext, unauthenticated } from '../resolvers/context.js';
import { DEFAULT_FIRST } from '../resolvers/paging.js';

/** The complexity plugin's refusal as a GraphQL error with `extensions.code` and the figures. */
function complexityRefusal(
  kind: string,
  result: {
    complexity: number;
    depth: number;
    breadth: number;
    maxComplexity?: number;
    maxDepth?: number;
    maxBreadth?: number;
  },
): GraphQLError {
  const [code, what, value, max] =
    kind === 'Depth'
      ? ['QUERY_TOO_DEEP', 'depth', result.depth, result.maxDepth]
      : kind === 'Breadth'
        ? ['QUERY_TOO_BROAD', 'breadth', result.breadth, result.maxBreadth]
        : ['QUERY_TOO_COMPLEX', 'complexity', result.complexity, result.maxComplexity];
  return new GraphQLError(`The query exceeds the maximum ${what} (${value}, at most ${max})`, {
    extensions: { code, [what]: value, [`max${what[0]!.toUpperCase()}${what.slice(1)}`]: max },
  });
}

/**
 * The one SchemaBuilder: plugins and limits only; every type lives in its own file. The complexity
 * limits keep one query from fanning out into thousands of Spotify calls.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  /** `user`: the request acts for a signed-in user (a session or a user's Spotify token). */
  AuthScopes: { user: boolean };
}>({
  // Scope auth first (Pothos's advice): who may see what is declared on the types and fields.
  plugins: [ScopeAuthPlugin, ComplexityPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ user: ctx.isUser }),
    // Subscriptions check the user when they start, not on every event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx, info) =>
      ctx.sessionError !== undefined
        ? unauthenticated(`${info.fieldName}: ${ctx.sessionError.message}`)
        : unauthenticated(`${info.fieldName} needs a signed-in user: sign in first`),
  },
  defaultFieldNullability: false,
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Lists multiply what they hold: a connection by its `first` (default 20), a list of ids by their
    // number, any other list by 10.
    fieldComplexity: (args, _ctx, field) => {
      if (field.args.some((arg) => arg.name === 'first')) {
        const first = typeof args.first === 'number' ? args.first : DEFAULT_FIRST;
        return { field: 1, multiplier: Math.max(1, first) };
      }
      if (Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(1, args.ids.length) };
      // A connection's own lists: its `first` already counted them.
      if (field.name === 'nodes' || field.name === 'edges') return { field: 1, multiplier: 1 };
      return { field: 1, multiplier: isListType(getNullableType(field.type)) ? 10 : 1 };
    },
    limit: { complexity: 20_000, depth: 14, breadth: 300 },
    // A refusal clients can branch on: QUERY_TOO_COMPLEX (fan-out), QUERY_TOO_DEEP, QUERY_TOO_BROAD.
    complexityError: (kind, result) => complexityRefusal(kind, result),
  },
});

builder.queryType({ description: 'Read the Spotify catalog, the signed-in user and their player.' });
builder.mutationType({
  description: 'Change playback, playlists, the library and follows (all for the signed-in user).',
  // Every mutation acts for a user: one declaration instead of a guard in each resolver.
  authScopes: { user: true },
});
