/**
 * `Me.id` and `Me.spotifyId` never wipe what answered beside them (v10 attack F13): a session's id is
 * known from sign-in and needs no profile read; for a bare Spotify access token the id comes from
 * GET /me, and that read failing is the id's own null and error, never `me`'s nor a write's payload's.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';
import { located, useFaultTestServer } from '../helpers/faults.js';
import { useTestServer } from '../helpers/server.js';

const MeWithLibrary = graphql(`
  query MeIdWithLibrary { me { id spotifyId savedTracks(first: 1) { totalCount } } }
`);
const MeIdAndName = graphql(`query MeIdAndName { me { id displayName } }`);
const SaveAndReadBack = graphql(`
  mutation MeIdSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris me { id } } }
`);
const FollowAndReadBack = graphql(`
  mutation MeIdFollowReadBack($ids: [ID!]!) { followArtists(ids: $ids) { uris me { id spotifyId } } }
`);
const SavedContains = graphql(`
  query MeIdSavedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }
`);
const MeFields = graphql(`
  query MeIdNonNullFields { __type(name: "Me") { fields { name type { kind } } } }
`);

/** The profile read fails with Spotify's 503 (retried, then the field's error). */
const PROFILE_DOWN = { route: 'GET /v1/me', status: 503 } as const;

describe('a bare Spotify access token: the id is read from the profile', () => {
  const t = useFaultTestServer({ mode: 'extended' });
  const firstTrack = (): string => `spotify:track:${[...t.emu.state.catalog.tracks.keys()][0]}`;
  const firstArtist = (): string => [...t.emu.state.catalog.artists.keys()][3]!;

  it('a failed profile read nulls id and spotifyId alone: me and the saved tracks stay', async () => {
    await t.emu.control('POST', '/faults', PROFILE_DOWN);
    const answer = await t.query(MeWithLibrary, {}, { token: t.alice });
    expect(answer.data).toEqual({
      me: { id: null, spotifyId: null, savedTracks: { totalCount: expect.any(Number) } },
    });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'id'], 'SPOTIFY_UNAVAILABLE'],
      [['me', 'spotifyId'], 'SPOTIFY_UNAVAILABLE'],
    ]);
  });

  it('a profile answer without an id (unreadable) nulls the ids alone: me and the saved tracks stay', async () => {
    await t.fault('GET /v1/me', { '/id': null });
    const answer = await t.query(MeWithLibrary, {}, { token: t.alice });
    expect(answer.data).toEqual({
      me: { id: null, spotifyId: null, savedTracks: { totalCount: expect.any(Number) } },
    });
    expect(located(answer.errors)).toEqual([
      [['me', 'id'], expect.objectContaining({ code: 'SPOTIFY_UNAVAILABLE' })],
      [['me', 'spotifyId'], expect.objectContaining({ code: 'SPOTIFY_UNAVAILABLE' })],
    ]);
  });

  it('saveToLibrary: the save that Spotify applied answers its uris when the read-back of me.id fails', async () => {
    await t.emu.control('POST', '/faults', PROFILE_DOWN);
    const uris = [firstTrack()];
    const answer = await t.query(SaveAndReadBack, { uris }, { token: t.alice });
    expect(answer.data).toEqual({ saveToLibrary: { uris, me: { id: null } } });
    expect(answer.errors?.map((e) => e.path)).toEqual([['saveToLibrary', 'me', 'id']]);
    await t.emu.control('DELETE', '/faults');
    const after = await t.query(SavedContains, { uris }, { token: t.alice });
    expect(after.data).toEqual({ me: { libraryContains: [true] } });
  });

  it('followArtists: the follow answers its uris when the read-back of me.id fails', async () => {
    await t.emu.control('POST', '/faults', PROFILE_DOWN);
    const id = firstArtist();
    const answer = await t.query(FollowAndReadBack, { ids: [id] }, { token: t.alice });
    expect(answer.data).toEqual({
      followArtists: { uris: [`spotify:artist:${id}`], me: { id: null, spotifyId: null } },
    });
    expect(answer.errors?.map((e) => e.path)).toEqual([
      ['followArtists', 'me', 'id'],
      ['followArtists', 'me', 'spotifyId'],
    ]);
  });
});

describe('a session: the id is known from sign-in', () => {
  let t: AuthTestServer;
  let jar: CookieJar;
  beforeAll(async () => {
    t = await startAuthServer();
    jar = await t.signIn('alice');
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
  });

  it('a failed profile read leaves id, spotifyId and the saved tracks', async () => {
    await t.emu.control('POST', '/faults', PROFILE_DOWN);
    const answer = await t.graphql(MeWithLibrary, { jar });
    expect(answer.body).toEqual({
      data: {
        me: { id: 'spotify:user:alice', spotifyId: 'alice', savedTracks: { totalCount: expect.any(Number) } },
      },
    });
  });

  it('a failed profile read nulls the profile field asked, not the id beside it', async () => {
    await t.emu.control('POST', '/faults', PROFILE_DOWN);
    const answer = await t.graphql(MeIdAndName, { jar });
    expect(answer.body.data).toEqual({ me: { id: 'spotify:user:alice', displayName: null } });
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['SPOTIFY_UNAVAILABLE']);
  });

  it("a write's me.id is the session's: no profile read after the save", async () => {
    await t.emu.control('DELETE', '/requests');
    const uris = [`spotify:track:${[...t.emu.state.catalog.tracks.keys()][1]}`];
    const answer = await t.graphql(SaveAndReadBack, { jar, variables: { uris } });
    expect(answer.body).toEqual({ data: { saveToLibrary: { uris, me: { id: 'spotify:user:alice' } } } });
    const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
    expect(log.byRoute['GET /v1/me']).toBeUndefined();
  });
});

describe('the Me type', () => {
  const t = useTestServer();

  it('has no non-null field that reads Spotify (only the player, a stand-in), so a payload’s me: Me! never fails', async () => {
    const answer = await t.query(MeFields, {});
    const nonNull = answer.data?.__type?.fields?.filter((f) => f.type.kind === 'NON_NULL').map((f) => f.name);
    expect(nonNull).toEqual(['player']);
  });
});
