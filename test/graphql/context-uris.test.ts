/**
 * A playback context's `uri` must name a context of its `type`, as any `uri` must name its object
 * (test/graphql/identity-uris.test.ts): `type: "album"` with `spotify:playlist:...`, a URI that is no
 * Spotify URI, `spotify:album:null` or no uri at all make the context's `uri` null with a `badValue`
 * error, never a URI that `play(contextUri:)` would act on as another object, nor a made-up `""`. The
 * context keeps the `type` and `href` Spotify sent (its reference requires no field of a context, so
 * `uri` is nullable: issue 7, nullability that wipes out the parent). Spotify's real contexts answer as sent, the user's Liked Songs too (`type:
 * "collection"`, `spotify:user:<id>:collection`, which the emulator plays and reports as Spotify does).
 */
import { describe, expect, it } from 'vitest';
import { player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const stateQuery = graphql(
  `query ContextUrisState { me { player { state { isPlaying context { type uri href } } currentlyPlaying { isPlaying context { type uri } } } } }`,
);
const historyQuery = graphql(
  `query ContextUrisHistory { me { recentlyPlayed(first: 20) { nodes { playedAt context { type uri } } } } }`,
);

const albumId = (): string => [...t.emu.state.catalog.albums.keys()][3]!;
const playlistId = (): string => [...t.emu.state.catalog.playlists.keys()][0]!;

/** Starts alice's playback of `contextUri` on her computer, through the emulator's Web API. */
async function play(contextUri: string): Promise<void> {
  const alice = player(t.emu, t.alice);
  const devices = (await alice.devices()).body.devices as { id: string; type: string }[];
  const computer = devices.find((d) => d.type === 'Computer')!.id;
  expect((await alice.play({ context_uri: contextUri }, { device_id: computer })).status).toBe(204);
}

describe("Spotify's real contexts", () => {
  it.each([
    ['album', () => `spotify:album:${albumId()}`],
    ['playlist', () => `spotify:playlist:${playlistId()}`],
    ['collection', () => 'spotify:user:alice:collection'],
  ])('answers the %s context with its type and uri', async (type, uri) => {
    await play(uri());
    const answer = await t.query(stateQuery, {}, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player.state?.context).toMatchObject({ type, uri: uri() });
    expect(answer.data?.me?.player.currentlyPlaying?.context).toEqual({ type, uri: uri() });
  });
});

describe('a context uri that does not name a context of its type', () => {
  const wrong: [string, () => Record<string, unknown>][] = [
    ['a playlist uri for an album', () => ({ '/context/uri': `spotify:playlist:${playlistId()}` })],
    [
      'an album uri for a playlist',
      () => ({ '/context/type': 'playlist', '/context/uri': `spotify:album:${albumId()}` }),
    ],
    [
      'a link that is no Spotify URI',
      () => ({ '/context/uri': `https://open.spotify.com/album/${albumId()}` }),
    ],
    ['a uri with a null id', () => ({ '/context/uri': 'spotify:album:null' })],
    ['a Liked Songs uri for an album', () => ({ '/context/uri': 'spotify:user:alice:collection' })],
    ['a null uri', () => ({ '/context/uri': null })],
    ['a uri of another JSON type', () => ({ '/context/uri': 7 })],
  ];

  it.each(wrong)(
    "answers %s as the context's null uri with its error, the context's type and href kept",
    async (_kind, set) => {
      await play(`spotify:album:${albumId()}`);
      const edits = set();
      await t.fault('GET /v1/me/player', edits);
      await t.fault('GET /v1/me/player/currently-playing', edits);
      const answer = await t.query(stateQuery, {}, { token: t.alice });
      const type = (edits['/context/type'] as string | undefined) ?? 'album';
      expect(answer.data?.me?.player).toEqual({
        state: { isPlaying: true, context: { type, uri: null, href: `${t.emu.url}/v1/albums/${albumId()}` } },
        currentlyPlaying: { isPlaying: true, context: { type, uri: null } },
      });
      expect(located(answer.errors)).toEqual([
        [['me', 'player', 'currentlyPlaying', 'context', 'uri'], BAD_VALUE],
        [['me', 'player', 'state', 'context', 'uri'], BAD_VALUE],
      ]);
    },
  );

  it("answers a context without a uri as the uri's null with its error, never an empty uri", async () => {
    await play(`spotify:album:${albumId()}`);
    await t.fault('GET /v1/me/player', {}, { unset: ['/context/uri'] });
    const answer = await t.query(
      graphql(`query ContextUrisNoUri { me { player { state { isPlaying context { uri } } } } }`),
      {},
      { token: t.alice },
    );
    expect(answer.data?.me?.player.state).toEqual({ isPlaying: true, context: { uri: null } });
    expect(located(answer.errors)).toEqual([[['me', 'player', 'state', 'context', 'uri'], BAD_VALUE]]);
  });

  it("answers a recently played entry's wrong context uri as that context's null uri, the others intact", async () => {
    const real = await t.query(historyQuery, {}, { token: t.alice });
    expect(real.errors).toBeUndefined();
    const nodes = real.data?.me?.recentlyPlayed?.nodes ?? [];
    const at = nodes.findIndex((n) => n?.context?.type === 'album');
    expect(at).toBeGreaterThanOrEqual(0);
    await t.fault('GET /v1/me/player/recently-played', {
      [`/items/${at}/context/uri`]: `spotify:playlist:${playlistId()}`,
    });
    const answer = await t.query(historyQuery, {}, { token: t.alice });
    expect(answer.data?.me?.recentlyPlayed?.nodes).toEqual(
      nodes.map((n, i) => (i === at ? { ...n, context: { type: 'album', uri: null } } : n)),
    );
    expect(located(answer.errors)).toEqual([
      [['me', 'recentlyPlayed', 'nodes', at, 'context', 'uri'], BAD_VALUE],
    ]);
  });
});
