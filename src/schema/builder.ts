import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { GraphQLContext } from '../resolvers/context.js';
import { signInRefusal } from '../resolvers/request-credentials.js';

/**
 * The one SchemaBuilder: plugins only; every type lives in its own file. The cost limit (the Spotify
 * calls a query can cause) is the server's, checked once per document before execution
 * (src/server/query-cost.ts).
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  /** `user`: the request acts for a signed-in user (a session or a user's Spotify token). */
  AuthScopes: { user: boolean };
}>({
  // Scope auth first (Pothos's advice): who may see what is declared on the types and fields.
  plugins: [ScopeAuthPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ user: ctx.isUser }),
    // Subscriptions check the user when they start, not on every event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx, info) => signInRefusal(ctx, info.fieldName),
  },
  defaultFieldNullability: false,
});

builder.queryType({ description: 'Read the Spotify catalog, the signed-in user and their player.' });
builder.mutationType({
  description: 'Change playback, playlists, the library and follows (all for the signed-in user).',
  // Every mutation acts for a user: one declaration instead of a guard in each resolver.
  authScopes: { user: true },
});
