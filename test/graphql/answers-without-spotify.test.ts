import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

/**
 * Refusals and failures that Spotify did not answer as errors: a "from_token" market without a user is
 * refused first, a Development Mode refusal made without asking Spotify carries no Spotify answer, and
 * an unreadable 2xx answer is called unreadable rather than an error of Spotify's.
 */

const t = useTestServer({ mode: 'extended' });

const trackFromToken = graphql(
  `query AnswersWithoutSpotifyTrackFromToken($id: ID!) { track(id: $id, market: "from_token") { name } }`,
);

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await t.clearLog();
});

describe('market "from_token"', () => {
  it('is refused with BAD_USER_INPUT before any Spotify call when no user signed in', async () => {
    const id = [...t.emu.state.catalog.tracks.keys()][3]!;
    const answers = await Promise.all([
      t.query(trackFromToken, { id }),
      t.query(
        graphql(
          `query AnswersWithoutSpotifySearch { search(query: "e", types: [TRACK], market: "from_token") { tracks { totalCount } } }`,
        ),
      ),
    ]);
    for (const answer of answers) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.calls()).toEqual({});
  });

  it('is sent for a signed-in user, whose token names the country', async () => {
    const id = [...t.emu.state.catalog.tracks.keys()][3]!;
    const token = await t.emu.token({ user: 'alice' });
    const answer = await t.query(trackFromToken, { id }, { token });
    expect(answer.errors).toBeUndefined();
  });
});

describe('errors without a Spotify answer', () => {
  it('a Development Mode refusal made without calling Spotify has no extensions.spotify', async () => {
    const dev = await startTestServer({ mode: 'development' });
    try {
      const artist = [...dev.emu.state.catalog.artists.keys()][0]!;
      const answer = await dev.query(
        graphql(
          `query AnswersWithoutSpotifyRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }`,
        ),
        { id: artist },
      );
      const error = answer.errors?.[0];
      expect(error?.extensions?.code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
      expect(error?.extensions?.spotify).toBeUndefined();
    } finally {
      await dev.close();
    }
  });

  it('a 200 whose body is not JSON is called an unreadable answer', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/markets', body: 'non-json' });
    const answer = await t.query(graphql(`query AnswersWithoutSpotifyMarkets { markets }`));
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(answer.errors?.[0]?.message).toBe('Spotify sent an answer that could not be read');
  });
});
