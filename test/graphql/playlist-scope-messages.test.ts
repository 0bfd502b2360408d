import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type GraphQLErrorBody, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

/**
 * A write to an existing playlist needs the modify scope of that playlist's visibility:
 * playlist-modify-public for a public playlist, playlist-modify-private for a private one (the
 * emulator refuses as Spotify does). A missing-scope refusal names only scopes the token lacks:
 * holding one of the two, the other; holding neither, each with its visibility, never "both".
 */

const PUBLIC_SCOPE = 'playlist-modify-public';
const PRIVATE_SCOPE = 'playlist-modify-private';
/** A JPEG's first bytes in base64 (FF D8 FF ...): enough for the server's checks. */
const JPEG = '/9j/4AAQSkZJRgABAQAAAQABAAD/';

const ADD = graphql(
  `mutation PlaylistScopeAdd($id: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }`,
);
const REMOVE = graphql(
  `mutation PlaylistScopeRemove($id: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }`,
);
const REORDER = graphql(
  `mutation PlaylistScopeReorder($id: ID!) { reorderPlaylistItems(playlistId: $id, rangeStart: 0, insertBefore: 2) { snapshotId } }`,
);
const REPLACE = graphql(
  `mutation PlaylistScopeReplace($id: ID!, $uris: [ID!]!) { replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }`,
);
const DETAILS = graphql(
  `mutation PlaylistScopeDetails($id: ID!) { updatePlaylist(playlistId: $id, name: "renamed") { __typename } }`,
);
const COVER = graphql(
  `mutation PlaylistScopeCover($id: ID!, $image: String!) { uploadPlaylistCover(playlistId: $id, imageBase64: $image) { __typename } }`,
);
const MAKE_PRIVATE = graphql(
  `mutation PlaylistScopeMakePrivate($id: ID!) { updatePlaylist(playlistId: $id, public: false) { __typename } }`,
);
/** A successful follow reads the playlist back (its payload): the add that follows knows its visibility. */
const FOLLOW_THEN_ADD = graphql(
  `mutation PlaylistScopeFollowThenAdd($id: ID!, $uris: [ID!]!) {
    followPlaylist(id: $id, public: true) { playlist { public } }
    addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId }
  }`,
);

type Send = (
  server: AuthTestServer,
  auth: { jar?: Awaited<ReturnType<AuthTestServer['signIn']>>; bearer?: string },
  playlistId: string,
) => Promise<GraphQLErrorBody | undefined>;

/**
 * Each playlist write, answering its first error, with what a raw token's refusal names beside the
 * modify scope (the cover needs ugc-image-upload too).
 */
function writes(uris: () => string[]): [string, Send, string][] {
  const first = async (answer: Promise<{ body: { errors?: GraphQLErrorBody[] } }>) =>
    (await answer).body.errors?.[0];
  return [
    ['addPlaylistItems', (s, a, id) => first(s.graphql(ADD, { ...a, variables: { id, uris: uris() } })), ''],
    [
      'removePlaylistItems',
      (s, a, id) => first(s.graphql(REMOVE, { ...a, variables: { id, uris: uris() } })),
      '',
    ],
    ['reorderPlaylistItems', (s, a, id) => first(s.graphql(REORDER, { ...a, variables: { id } })), ''],
    [
      'replacePlaylistItems',
      (s, a, id) => first(s.graphql(REPLACE, { ...a, variables: { id, uris: uris() } })),
      '',
    ],
    ['updatePlaylist', (s, a, id) => first(s.graphql(DETAILS, { ...a, variables: { id } })), ''],
    [
      'uploadPlaylistCover',
      (s, a, id) => first(s.graphql(COVER, { ...a, variables: { id, image: JPEG } })),
      'scopes ugc-image-upload and (',
    ],
  ];
}

let emu: TestEmulator;
/** Servers asking users for only one modify scope, or neither (all ask for ugc-image-upload). */
const servers: Record<'public' | 'private' | 'neither', AuthTestServer> = {} as never;
const playlists = { public: '', private: '' };
let trackUris: string[] = [];

beforeAll(async () => {
  emu = await startTestEmulator();
  const full = await emu.token({ user: 'alice' });
  const own = [...emu.state.catalog.playlists.values()].find(
    (p) => p.ownerId === 'alice' && p.public && !p.collaborative && p.items.length >= 3,
  )!;
  playlists.public = own.id;
  trackUris = [...emu.state.catalog.tracks.keys()].slice(0, 3).map((id) => `spotify:track:${id}`);
  const created = await emu.api('POST', '/v1/me/playlists', {
    token: full,
    body: { name: 'Mine', public: false },
  });
  playlists.private = (created.json as { id: string }).id;
  const added = await emu.api('POST', `/v1/playlists/${playlists.private}/items`, {
    token: full,
    body: { uris: trackUris },
  });
  expect(added.status).toBe(201);
  const scopes = { public: [PUBLIC_SCOPE], private: [PRIVATE_SCOPE], neither: ['user-read-private'] };
  for (const held of ['public', 'private', 'neither'] as const) {
    servers[held] = await startAuthServer({ emu, config: { scopes: [...scopes[held], 'ugc-image-upload'] } });
  }
});

afterAll(async () => {
  for (const server of Object.values(servers)) await server.close();
  await emu.close();
});

describe.each(writes(() => trackUris))('%s with a session whose scopes are known', (_name, send) => {
  it('names playlist-modify-private for a private playlist when the token holds only playlist-modify-public', async () => {
    const server = servers.public;
    const error = await send(server, { jar: await server.signIn('alice') }, playlists.private);
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    // The server asks users for playlist-modify-public only: signing in again cannot help.
    expect(error?.message).toBe(
      'Spotify refused the request: a required scope is missing (the token lacks the scope playlist-modify-private): ' +
        'this server does not ask users for playlist-modify-private, so signing in again cannot grant it: its operator must add it to SPOTIFY_SCOPES',
    );
    expect(error?.extensions?.missingScopes).toEqual([PRIVATE_SCOPE]);
  });

  it('names playlist-modify-public for a public playlist when the token holds only playlist-modify-private', async () => {
    const server = servers.private;
    const error = await send(server, { jar: await server.signIn('alice') }, playlists.public);
    expect(error?.message).toBe(
      'Spotify refused the request: a required scope is missing (the token lacks the scope playlist-modify-public): ' +
        'this server does not ask users for playlist-modify-public, so signing in again cannot grant it: its operator must add it to SPOTIFY_SCOPES',
    );
    expect(error?.extensions?.missingScopes).toEqual([PUBLIC_SCOPE]);
  });

  it('says which scope goes with which visibility when the token holds neither', async () => {
    const server = servers.neither;
    for (const id of [playlists.public, playlists.private]) {
      const error = await send(server, { jar: await server.signIn('alice') }, id);
      expect(error?.message).toMatch(
        /^Spotify refused the request: a required scope is missing \(the token lacks the scope playlist-modify-public for a public playlist, playlist-modify-private for a private one\): this server does not ask users for playlist-modify-public and playlist-modify-private/,
      );
      expect(error?.extensions?.missingScopes).toEqual([PUBLIC_SCOPE, PRIVATE_SCOPE]);
    }
  });
});

describe.each(writes(() => trackUris))(
  '%s with a raw token (scopes unknown to the server)',
  (_name, send, beside) => {
    const visibility =
      'playlist-modify-public for a public playlist, playlist-modify-private for a private one';
    const needs = beside === '' ? `scope ${visibility}` : `${beside}${visibility})`;
    // Spotify's words, then what the call needs: never a claim that the token lacks a scope.
    const VISIBILITY = `Spotify refused the request: Insufficient client scope (this needs the ${needs})`;

    it.each([
      ['only playlist-modify-public, on a private playlist', [PUBLIC_SCOPE], 'private'],
      ['only playlist-modify-private, on a public playlist', [PRIVATE_SCOPE], 'public'],
      ['neither, on a public playlist', [], 'public'],
    ] as const)(
      'names each modify scope with its visibility, claiming neither lacking (token with %s)',
      async (_how, held, which) => {
        const server = servers.neither;
        const bearer = await emu.token({
          user: 'alice',
          scopes: [...held, 'ugc-image-upload', 'user-read-private'],
        });
        const error = await send(server, { bearer }, playlists[which]);
        expect(error?.extensions?.code).toBe('FORBIDDEN');
        expect(error?.message).toBe(VISIBILITY);
        // Which one the token lacks is unknown: no missingScopes rather than a guess.
        expect(error?.extensions?.missingScopes).toBeUndefined();
      },
    );
  },
);

describe('updatePlaylist to another visibility (needs the scopes of both)', () => {
  it('names the one the token lacks, or the new one and the current one with its visibility', async () => {
    const holdsPrivate = servers.private;
    const lacksPublic = (
      await holdsPrivate.graphql(MAKE_PRIVATE, {
        jar: await holdsPrivate.signIn('alice'),
        variables: { id: playlists.public },
      })
    ).body.errors?.[0];
    expect(lacksPublic?.message).toMatch(
      /^Spotify refused the request: a required scope is missing \(the token lacks the scope playlist-modify-public\): /,
    );
    expect(lacksPublic?.extensions?.missingScopes).toEqual([PUBLIC_SCOPE]);
    const holdsNeither = servers.neither;
    const lacksBoth = (
      await holdsNeither.graphql(MAKE_PRIVATE, {
        jar: await holdsNeither.signIn('alice'),
        variables: { id: playlists.public },
      })
    ).body.errors?.[0];
    expect(lacksBoth?.message).toMatch(
      /^Spotify refused the request: a required scope is missing \(the token lacks the scopes playlist-modify-private and playlist-modify-public if the playlist is public\): /,
    );
    expect(lacksBoth?.extensions?.missingScopes).toEqual([PRIVATE_SCOPE, PUBLIC_SCOPE]);
  });
});

describe('a playlist write whose playlist the request already read', () => {
  it('names the one modify scope of its visibility, without a call to learn it (and no claim about a raw token)', async () => {
    const server = servers.neither;
    const bearer = await emu.token({ user: 'alice', scopes: [PUBLIC_SCOPE] });
    const answer = await server.graphql(FOLLOW_THEN_ADD, {
      bearer,
      variables: { id: playlists.private, uris: trackUris },
    });
    expect(answer.body.data?.followPlaylist?.playlist?.public).toBe(false);
    const error = answer.body.errors?.[0];
    // A raw token's scopes are unknown to the server: Spotify's words and what the write needs.
    expect(error?.message).toBe(
      'Spotify refused the request: Insufficient client scope (this needs the scope playlist-modify-private)',
    );
    expect(error?.extensions?.missingScopes).toBeUndefined();
  });
});
