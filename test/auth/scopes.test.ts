import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCOPES } from '../../src/server/config.js';
import { endpointList } from '../../src/spotify/endpoints/index.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/**
 * The scopes a user signs in with: the default asks for every scope the server's fields need, and a
 * refusal for a missing scope names exactly the scopes the session's token lacks.
 */

const QUEUE = graphql(`query ScopesMe { me { player { queue { items { __typename } } } } }`);

describe('the default scopes', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  it('cover every scope an endpoint of the table needs', () => {
    const needed = new Set(endpointList.flatMap((endpoint) => [...endpoint.scopes]));
    expect([...needed].filter((scope) => !DEFAULT_SCOPES.includes(scope))).toEqual([]);
  });

  it('let a user signed in through the server read saved episodes', async () => {
    const jar = await t.signIn('alice');
    const answer = await t.graphql(
      graphql(`query ScopesMe2 { me { savedEpisodes(first: 1) { totalCount } } }`),
      { jar },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ me: { savedEpisodes: { totalCount: expect.any(Number) } } });
  });
});

describe('missing-scope messages for a session', () => {
  it('name only the scope the token lacks when the queue needs two and it has one', async () => {
    const t = await startAuthServer({ config: { scopes: ['user-read-playback-state'] } });
    try {
      const answer = await t.graphql(QUEUE, { jar: await t.signIn('alice') });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.body.errors?.[0]?.message).toBe(
        'Spotify refused the request: a required scope is missing (the token lacks the scope user-read-currently-playing): ' +
          'this server does not ask users for user-read-currently-playing, so signing in again cannot grant it: ' +
          'its operator must add it to SPOTIFY_SCOPES',
      );
      expect(answer.body.errors?.[0]?.extensions?.missingScopes).toEqual(['user-read-currently-playing']);
      expect(answer.body.errors?.[0]?.extensions?.loginUrl).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('name both queue scopes with "and" when the token has neither', async () => {
    const t = await startAuthServer({ config: { scopes: ['user-read-private'] } });
    try {
      const answer = await t.graphql(QUEUE, { jar: await t.signIn('alice') });
      expect(answer.body.errors?.[0]?.message).toMatch(
        /^Spotify refused the request: a required scope is missing \(the token lacks the scopes user-read-playback-state and user-read-currently-playing\): this server does not ask users for user-read-playback-state and user-read-currently-playing, so signing in again cannot grant them/,
      );
      expect(answer.body.errors?.[0]?.extensions?.missingScopes).toEqual([
        'user-read-playback-state',
        'user-read-currently-playing',
      ]);
    } finally {
      await t.close();
    }
  });
});
