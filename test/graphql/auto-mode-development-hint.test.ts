/**
 * In auto mode, before the app's mode is known, a Development Mode app's first refusal of an endpoint
 * such apps lost is a bare 403 (Spotify's live refusal, and the emulator's), passed on as FORBIDDEN
 * with "a retry may help": it is also what a passing glitch sends. Its message now also says that the
 * app may be in Development Mode and that SPOTIFY_APP_MODE=development says so at once (attack 38, new
 * user, finding 8). Only where Development Mode could explain the refusal: not for an endpoint every
 * mode has, nor once the mode is configured.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { sessionTokenOf, useTestServer } from '../helpers/server.js';

const TOP_TRACKS = graphql(`query DevelopmentHintTopTracks($id: ID!) {
  artist(id: $id) { name topTracks { name } }
}`);
const ALBUM = graphql(`query DevelopmentHintAlbum($id: ID!) {
  album(id: $id) { name }
}`);

const HINT = 'SPOTIFY_APP_MODE=development says so at once';

describe('auto mode, a Development Mode app whose mode is not known yet', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('says the app may be in Development Mode on its first refusal of an endpoint such apps lost', async () => {
    const token = await sessionTokenOf(t, 'alice', 'development');
    const artist = [...t.emu.state.catalog.artists.values()][0]!;
    const answer = await t.query(TOP_TRACKS, { id: artist.id }, { token });
    expect(answer.data?.artist?.name).toBe(artist.name);
    const error = answer.errors?.find((e) => e.path?.join('.') === 'artist.topTracks');
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(error?.message).toContain('a retry may help');
    expect(error?.message).toContain(HINT);
  });

  it('says nothing of Development Mode for a bare 403 of an endpoint every mode has', async () => {
    const token = await sessionTokenOf(t, 'alice', 'development');
    const album = [...t.emu.state.catalog.albums.values()][0]!;
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums/{id}',
      status: 403,
      contentType: 'application/json',
      text: JSON.stringify({ error: { status: 403, message: 'Forbidden' } }),
      times: 1,
    });
    try {
      const answer = await t.query(ALBUM, { id: album.id }, { token });
      const error = answer.errors?.[0];
      expect(error?.extensions?.code).toBe('FORBIDDEN');
      expect(error?.message).toContain('a retry may help');
      expect(error?.message).not.toContain('Development Mode');
    } finally {
      await t.emu.control('DELETE', '/faults');
    }
  });
});

describe('Development Mode configured', () => {
  const t = useTestServer({ mode: 'development', appMode: 'development' });

  it('refuses the endpoint at once as NOT_AVAILABLE_IN_DEVELOPMENT_MODE, with no hint', async () => {
    const token = await sessionTokenOf(t, 'alice', 'development');
    const artist = [...t.emu.state.catalog.artists.values()][0]!;
    const answer = await t.query(TOP_TRACKS, { id: artist.id }, { token });
    const error = answer.errors?.find((e) => e.path?.join('.') === 'artist.topTracks');
    expect(error?.extensions?.code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
    expect(error?.message).not.toContain(HINT);
  });
});
