import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getNamedType, getNullableType, isLeafType, isListType } from 'graphql';
import { ALBUMS_PAGE } from '../resolvers/artists.js';
import { type GraphQLContext, unauthenticated } from '../resolvers/context.js';
import { limitRefusal } from '../resolvers/limit-refusal.js';
import { DEFAULT_FIRST } from '../resolvers/paging.js';
import { SEARCH_PAGE } from '../resolvers/search-window.js';

/** Items per Spotify page (the usual `limit` maximum) and ids per batch call (the smallest batch limit). */
const SPOTIFY_PAGE = 50;
const SPOTIFY_BATCH = 20;

/**
 * The most Spotify calls one operation may cause, as the complexity plugin counts them (MAX_QUERY_COST
 * sets it per server through the context). An honest page (an album with 100 tracks and their
 * artists, 50 playlists with 100 items each) costs well under it; 19 aliased 500-item searches do not.
 */
export const DEFAULT_MAX_COST = 1000;

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
    defaultComplexity: 0,
    defaultListMultiplier: 10,
    // The cost is the Spotify calls a query can cause: pages and batches, not objects. A connection
    // costs its pages (by `first`, times the types a search asks for) and multiplies what it holds by
    // its items; an object field costs a share of a batch call (an item among 50); leaves cost nothing.
    fieldComplexity: (args, _ctx, field) => {
      const type = getNamedType(field.type);
      const leaf = isLeafType(type);
      if (field.args.some((arg) => arg.name === 'first')) {
        const first = typeof args.first === 'number' ? Math.max(1, args.first) : DEFAULT_FIRST;
        const types = Array.isArray(args.types) ? Math.max(1, args.types.length) : 1;
        // Search pages and an artist's album pages hold 10 items (Spotify's limits for them), not 50:
        // count the pages really fetched. A connection whose items are not selected fetches one page:
        // the server costs it as `first: 1` (src/server/query-cost.ts).
        const page =
          field.name === 'search' ? SEARCH_PAGE : field.name === 'albums' ? ALBUMS_PAGE : SPOTIFY_PAGE;
        return { field: Math.ceil(first / page) * types, multiplier: first };
      }
      if (Array.isArray(args.ids)) {
        const n = Math.max(1, args.ids.length);
        return { field: Math.ceil(n / SPOTIFY_BATCH), multiplier: n };
      }
      // A connection's own lists: its `first` already counted them.
      if (field.name === 'nodes' || field.name === 'edges') return { field: 0, multiplier: 1 };
      const list = isListType(getNullableType(field.type));
      return { field: leaf ? 0 : 1 / SPOTIFY_PAGE, multiplier: list ? 10 : 1 };
    },
    // Checked here per request only when the server could not check the operation's cost, once per
    // document and variables, before execution (src/server/query-cost.ts). Depth and breadth are the
    // server's document limits (MAX_DEPTH, MAX_BREADTH), checked before validation.
    limit: (ctx) => (ctx.queryCostChecked ? {} : { complexity: ctx.maxCost ?? DEFAULT_MAX_COST }),
    complexityError: (_kind, result) =>
      limitRefusal('QUERY_TOO_COMPLEX', result.complexity, result.maxComplexity ?? DEFAULT_MAX_COST),
  },
});

builder.queryType({ description: 'Read the Spotify catalog, the signed-in user and their player.' });
builder.mutationType({
  description: 'Change playback, playlists, the library and follows (all for the signed-in user).',
  // Every mutation acts for a user: one declaration instead of a guard in each resolver.
  authScopes: { user: true },
});
