import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

// The forms a user types for an id (v20 attack on issue 7, "inputs a user types"): a URI, a bare id
// and a share link copied from the apps are one object; a blank id, one with whitespace around it, a
// link of another kind or from elsewhere is one clear BAD_USER_INPUT, worded the same whatever field.

const TRACK = graphql(`query IdFormsTrack($id: ID!) { track(id: $id) { id } }`);
const ALBUM = graphql(`query IdFormsAlbum($id: ID!) { album(id: $id) { id } }`);
const ALBUMS = graphql(`query IdFormsAlbums($id: ID!) { albums(ids: [$id]) { id } }`);
const NODE = graphql(`query IdFormsNode($id: ID!) { node(id: $id) { id } }`);
const FIRST = graphql(
  `query IdFormsFirst { search(query: "a", types: [TRACK], first: 1) { tracks { nodes { id } } } }`,
);

const t = useTestServer();

/** A track id of the emulator's catalog. */
async function trackId(): Promise<string> {
  const answer = await t.query(FIRST);
  return answer.data!.search!.tracks!.nodes[0]!.id.split(':')[2]!;
}

describe('share links', () => {
  it('a track share link in any form the apps copy names the track', async () => {
    const id = await trackId();
    for (const link of [
      `https://open.spotify.com/track/${id}?si=abc`,
      `https://open.spotify.com/intl-fr/track/${id}`,
      `https://www.open.spotify.com/track/${id}/`,
      `https://open.spotify.com/intl-pt-br/track/${id}/?si=a-b_c&context=x`,
    ]) {
      const answer = await t.query(TRACK, { id: link });
      expect(answer.errors, link).toBeUndefined();
      expect(answer.data?.track?.id).toBe(`spotify:track:${id}`);
    }
    await t.clearLog();
  });

  it('a link of another kind, host or with userinfo, port or encoded characters is refused before any call', async () => {
    const id = await trackId();
    await t.clearLog();
    const cases: [string, RegExp][] = [
      [`https://open.spotify.com/album/${id}`, /^id names an album: give a Spotify track id/],
      [`https://open.spotify.com/episode/${id}`, /^id names an episode: give a Spotify track id/],
      ['https://open.spotify.com/user/someone', /^id names a user: give a Spotify track id/],
      [`https://user@open.spotify.com/track/${id}`, /^id names no Spotify object: give a Spotify track id/],
      [`https://open.spotify.com:8443/track/${id}`, /^id names no Spotify object/],
      [`https://open.spotify.com.evil.test/track/${id}`, /^id names no Spotify object/],
      [`https://evil.test/track/${id}`, /^id names no Spotify object/],
      [`http://open.spotify.com/track/${id}`, /^id names no Spotify object/],
      [`https://open.spotify.com/track%2F${id}`, /^id names no Spotify object/],
      // An id segment is decoded once, then must be an id: no encoded slash or dot reaches Spotify.
      [`https://open.spotify.com/track/..%2F${id}`, /^id has a malformed track id/],
    ];
    for (const [link, message] of cases) {
      const answer = await t.query(TRACK, { id: link });
      expect(answer.data?.track, link).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code, link).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, link).toMatch(message);
    }
    expect(await t.calls()).toEqual({});
  });
});

describe('what a share link names, case and path (new-user pass, issue 7)', () => {
  const ARTIST = graphql(`query IdFormsArtist($id: ID!) { artist(id: $id) { id } }`);

  it('the words of a link or URI in any case name the object (the type word was refused in upper case)', async () => {
    const id = await trackId();
    for (const value of [
      `https://open.spotify.com/TRACK/${id}`,
      `open.spotify.com/Track/${id}?si=x`,
      `https://open.spotify.com/INTL-FR/EMBED/TRACK/${id}`,
      `spotify:TRACK:${id}`,
    ]) {
      const answer = await t.query(TRACK, { id: value });
      expect(answer.errors, value).toBeUndefined();
      expect(answer.data?.track?.id, value).toBe(`spotify:track:${id}`);
    }
    // The id keeps its case: base62 ids are case-sensitive.
    const lower = await t.query(TRACK, { id: `https://open.spotify.com/TRACK/${id.toLowerCase()}` });
    expect(lower.data?.track?.id ?? null).not.toBe(`spotify:track:${id}`);
  });

  it("an artist's discography page names the artist (was 'names no Spotify object')", async () => {
    const artist = [...t.emu.state.catalog.artists.keys()][0]!;
    for (const page of ['discography', 'discography/all', 'Discography/Single/', 'discography/album?si=x']) {
      const value = `https://open.spotify.com/artist/${artist}/${page}`;
      const answer = await t.query(ARTIST, { id: value });
      expect(answer.errors, value).toBeUndefined();
      expect(answer.data?.artist?.id, value).toBe(`spotify:artist:${artist}`);
    }
  });

  it('a spotify.link short link is refused before any call, saying it cannot be resolved here and what to give', async () => {
    await t.clearLog();
    for (const value of [
      'https://spotify.link/AbC123xyz',
      'spotify.link/AbC123xyz',
      'https://spotify.app.link/x',
    ]) {
      const answer = await t.query(TRACK, { id: value });
      expect(answer.errors?.[0]?.extensions?.code, value).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, value).toMatch(
        /^id is a spotify\.link short link, which only Spotify's servers resolve \(this server follows no link\): open it in a browser and copy the open\.spotify\.com link it leads to: give a Spotify track id/,
      );
    }
    expect(await t.calls()).toEqual({});
  });

  it('another path past the id is refused naming the object understood; past an unknown type word, as naming nothing', async () => {
    const id = await trackId();
    const artist = [...t.emu.state.catalog.artists.keys()][0]!;
    await t.clearLog();
    const cases: ['track' | 'artist', string, string][] = [
      [
        'track',
        `https://open.spotify.com/track/${id}/lyrics`,
        `id is a link to the track ${id} with more path after it (/lyrics), which names no Spotify object: give a Spotify track id`,
      ],
      [
        'artist',
        `https://open.spotify.com/artist/${artist}/discography/all/more`,
        `id is a link to the artist ${artist} with more path after it (/discography/all/more), which names no Spotify object: give a Spotify artist id`,
      ],
      [
        'artist',
        `https://open.spotify.com/artist/${artist}/concerts`,
        `id is a link to the artist ${artist} with more path after it (/concerts), which names no Spotify object`,
      ],
      [
        'track',
        `https://open.spotify.com/song/${id}/x`,
        'id names no Spotify object: give a Spotify track id',
      ],
    ];
    for (const [kind, value, message] of cases) {
      const { errors } =
        kind === 'track' ? await t.query(TRACK, { id: value }) : await t.query(ARTIST, { id: value });
      expect(errors?.[0]?.extensions?.code, value).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message.startsWith(message), errors?.[0]?.message).toBe(true);
    }
    expect(await t.calls()).toEqual({});
  });

  it("a URI's id is percent-decoded once, as a link's is (a guard: the docstring said ids were taken as written)", async () => {
    const id = await trackId();
    const escaped = `%${id.charCodeAt(0).toString(16).toUpperCase()}${id.slice(1)}`;
    const answer = await t.query(TRACK, { id: `spotify:track:${escaped}` });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.track?.id).toBe(`spotify:track:${id}`);
  });
});

describe('blank ids and whitespace', () => {
  it('a blank id or one with whitespace or a newline around it is one clear refusal', async () => {
    const id = await trackId();
    await t.clearLog();
    const cases: [string, string][] = [
      ['', 'id is blank'],
      ['  ', 'id is blank'],
      [` ${id}`, 'id has whitespace or a line break around it'],
      [`${id}\n`, 'id has whitespace or a line break around it'],
      [`spotify:track:${id} `, 'id has whitespace or a line break around it'],
    ];
    for (const [value, reason] of cases) {
      const answer = await t.query(TRACK, { id: value });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(
        new RegExp(`^${reason}: give a Spotify track id \\(22 base62 characters\\), URI`),
      );
    }
    expect(await t.calls()).toEqual({});
  });

  it('a malformed album id is worded the same in album, albums and node', async () => {
    const messages = [
      (await t.query(ALBUM, { id: 'x' })).errors?.[0]?.message,
      (await t.query(ALBUM, { id: 'spotify:album:x' })).errors?.[0]?.message,
      (await t.query(ALBUMS, { id: 'spotify:album:x' })).errors?.[0]?.message?.replace('ids[0]', 'id'),
      (await t.query(NODE, { id: 'spotify:album:x' })).errors?.[0]?.message,
    ];
    const reason = 'id has a malformed album id: a Spotify album id is 22 base62 characters';
    expect(messages.map((message) => message?.split(', got ')[0])).toEqual([reason, reason, reason, reason]);
  });
});

describe('echoed input', () => {
  it('noncharacters and the Khmer inherent vowels are escaped inside the quotes', async () => {
    const answer = await t.query(TRACK, { id: 'a\uFDD0b\uFDEF\uFFFE\u{1FFFF}\u17B4\u17B5c' });
    const message = answer.errors?.[0]?.message ?? '';
    expect(message).toContain('got "a\\ufdd0b\\ufdef\\ufffe\\ud83f\\udfff\\u17b4\\u17b5c"');
  });
});
