import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { followPlaylist } from '../../src/emulator/user-data.js';
import { graphql } from '../generated/index.js';
import { sessionTokenOf, startServerOn, useTestServer } from '../helpers/server.js';

/**
 * Development Mode's `/playlists/{id}/items` serves only the playlist's owner and its collaborators
 * (the reference's Get Playlist Items: "A `403 Forbidden` status code will be returned if the user is
 * neither the owner nor a collaborator"): the items it is certain to refuse are refused without the
 * call (v18 attack 11, LOW-1). Under the app token every playlist's; under a user token another user's
 * non-collaborative playlist's, when the request knows the user's id or one `GET /me` saves calls.
 */

const SEARCH = graphql(`query PlaylistItemsRefusalSearch {
  search(query: "a", types: [PLAYLIST], first: 3) {
    playlists { nodes { name items(first: 2) { nodes { __typename } } } }
  }
}`);

const MINE = graphql(`query PlaylistItemsRefusalMine {
  me { playlists(first: 50) { nodes { id collaborative owner { id } items(first: 3) { nodes { __typename } } } } }
}`);

const ONE = graphql(`query PlaylistItemsRefusalOne($id: ID!) {
  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }
}`);

const WITH_PROFILE = graphql(`query PlaylistItemsRefusalWithProfile($id: ID!) {
  me { displayName }
  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }
}`);

const ITEMS = 'GET /v1/playlists/{playlist_id}/items';
const NOT_ASKED =
  /^Spotify refuses this in Development Mode: only the owner or a collaborator of a playlist can read its items \(not asked: /;

type Answer = Awaited<ReturnType<ReturnType<typeof useTestServer>['query']>>;

/** The errors of `answer` by their path's node index, as [code, message, whether Spotify's answer is attached]. */
function errorsByNode(answer: Answer): Map<number, [unknown, string, boolean]> {
  const found = new Map<number, [unknown, string, boolean]>();
  for (const error of answer.errors ?? []) {
    // One error standing for repeated ones names their first paths (`repeated`); each node gets it.
    const paths = (error.extensions?.repeated as (string | number)[][] | undefined) ?? [error.path ?? []];
    for (const path of paths)
      found.set(path.find((part) => typeof part === 'number') as number, [
        error.extensions?.code,
        error.message,
        error.extensions?.spotify !== undefined,
      ]);
  }
  return found;
}

/** How many entries an answer's errors stand for: one standing for N repeated paths counts N (repeatedCount). */
const entriesOf = (answer: Answer): number =>
  (answer.errors ?? []).reduce((sum, error) => sum + Number(error.extensions?.repeatedCount ?? 1), 0);

describe('Development Mode (configured)', () => {
  const t = useTestServer({ mode: 'development' });
  let alice: string;
  /** bob's private collaborative playlist, which alice follows (a collaborator in the emulator). */
  let collaborativeId: string;
  /** A Spotify-owned playlist alice does not follow. */
  let editorialId: string;

  beforeAll(async () => {
    alice = await t.emu.token({ user: 'alice', app: 'development' });
    const playlists = [...t.emu.state.catalog.playlists.values()];
    const bobs = playlists.find((p) => p.ownerId === 'bob')!;
    bobs.public = false;
    bobs.collaborative = true;
    collaborativeId = bobs.id;
    followPlaylist(t.emu.state, 'alice', collaborativeId);
    const followed = t.emu.state.user('alice').followedPlaylists;
    editorialId = playlists.find((p) => p.ownerId === 'spotify' && !followed.has(p.id))!.id;
  });
  beforeEach(() => t.clearLog());

  it('refuses every playlist’s items under the app token without asking', async () => {
    const answer = await t.query(SEARCH);
    const nodes = answer.data?.search?.playlists?.nodes ?? [];
    expect(nodes).toHaveLength(3);
    expect(nodes.map((node) => node?.items)).toEqual([null, null, null]);
    expect(nodes.every((node) => typeof node?.name === 'string')).toBe(true);
    const errors = errorsByNode(answer);
    expect([...errors.keys()].sort()).toEqual([0, 1, 2]);
    for (const [code, message, spotify] of errors.values()) {
      expect(code).toBe('FORBIDDEN');
      expect(message).toMatch(NOT_ASKED);
      expect(message).toContain('an anonymous request has no user');
      expect(spotify).toBe(false);
    }
    expect(await t.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it("learns the user's id with one GET /me in place of the others' refusals; reads her own and the collaborative one", async () => {
    const answer = await t.query(MINE, {}, { token: alice });
    const nodes = answer.data?.me?.playlists?.nodes ?? [];
    const readable = nodes.filter(
      (node) =>
        node?.owner?.id === 'spotify:user:alice' || node?.id === `spotify:playlist:${collaborativeId}`,
    );
    const others = nodes.length - readable.length;
    expect(readable.length).toBeGreaterThanOrEqual(2);
    expect(nodes.find((node) => node?.id === `spotify:playlist:${collaborativeId}`)?.collaborative).toBe(
      true,
    );
    expect(others).toBeGreaterThanOrEqual(2);
    const errors = errorsByNode(answer);
    const refused: number[] = [];
    nodes.forEach((node, index) => {
      if (readable.includes(node)) {
        expect(node?.items?.nodes?.length).toBeGreaterThan(0);
        expect(errors.has(index)).toBe(false);
      } else {
        expect(node?.items).toBeNull();
        refused.push(index);
      }
    });
    // The refusals read alike: one error standing for all of them, naming the first six.
    expect(entriesOf(answer)).toBe(others);
    expect([...errors.keys()]).toEqual(refused.slice(0, 6));
    for (const error of errors.values())
      expect(error).toEqual(['FORBIDDEN', expect.stringMatching(NOT_ASKED), false]);
    expect(await t.calls()).toEqual({
      'GET /v1/me/playlists': 1,
      'GET /v1/me': 1,
      [ITEMS]: readable.length,
    });
  });

  it("needs no GET /me when the session knows the user's id", async () => {
    const session = await sessionTokenOf(t, 'alice', 'development');
    await t.clearLog();
    const answer = await t.query(MINE, {}, { token: session });
    const nodes = answer.data?.me?.playlists?.nodes ?? [];
    const refused = nodes.filter((node) => node?.items === null);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(entriesOf(answer)).toBe(refused.length);
    expect(await t.calls()).toEqual({
      'GET /v1/me/playlists': 1,
      [ITEMS]: nodes.length - refused.length,
    });
  });

  it('asks for one such playlist when only a GET /me could tell, and takes Spotify’s refusal', async () => {
    const answer = await t.query(ONE, { id: editorialId }, { token: alice });
    expect(answer.data?.playlist?.items).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.extensions?.spotify).toMatchObject({ status: 403 });
    expect(await t.calls()).toEqual({ 'GET /v1/playlists/{playlist_id}': 1, [ITEMS]: 1 });
  });

  it("takes the user's id from the request's own GET /me, even for one such playlist", async () => {
    const answer = await t.query(WITH_PROFILE, { id: editorialId }, { token: alice });
    expect(answer.data?.me?.displayName).toBe('Alice Premium');
    expect(answer.data?.playlist?.items).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toMatch(NOT_ASKED);
    expect(await t.calls()).toEqual({ 'GET /v1/me': 1, 'GET /v1/playlists/{playlist_id}': 1 });
  });
});

describe('auto mode on a Development Mode app', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });
  beforeEach(() => t.clearLog());

  it('once it learned Development Mode, a query is refused at a limit below what it may pay, never cut off', async () => {
    // A search page over Development Mode's cap of 10 is refused as an invalid limit: that teaches it.
    const teach = graphql(
      `query PlaylistItemsRefusalTeachSearch { search(query: "a", types: [ARTIST], first: 20) { artists { nodes { name } } } }`,
    );
    const fivePlaylists = graphql(`query PlaylistItemsRefusalFive {
      search(query: "a", types: [PLAYLIST], first: 5) {
        playlists { nodes { items(first: 3) { nodes { __typename } } } }
      }
    }`);
    const outcomes: string[] = [];
    for (let limit = 5; limit <= 14; limit += 1) {
      const server = await startServerOn(t.emu, {
        app: 'development',
        config: { appMode: 'auto' },
        limits: { maxQueryCost: limit },
      });
      try {
        if ((await server.query(teach)).errors !== undefined) continue;
        await t.clearLog();
        const answer = await server.query(fivePlaylists);
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
        const calls = Object.values(await t.calls()).reduce((sum, n) => sum + n, 0);
        outcomes.push(codes.includes('QUERY_TOO_COMPLEX') ? 'refused' : 'answered');
        // v19 attack on issue 11, HIGH-1: the estimate left out the ways back a learned Development
        // Mode still takes, so a query admitted at its estimate was cut off with CALL_LIMIT_EXCEEDED.
        expect(codes, `limit ${limit}`).not.toContain('CALL_LIMIT_EXCEEDED');
        expect(calls, `limit ${limit}`).toBeLessThanOrEqual(limit);
      } finally {
        await server.close();
      }
    }
    expect(outcomes).toContain('answered');
  });

  it('skips nothing before the mode is known: each playlist’s items are asked', async () => {
    const answer = await t.query(SEARCH);
    const nodes = answer.data?.search?.playlists?.nodes ?? [];
    expect(nodes).toHaveLength(3);
    const calls = await t.calls();
    const asked = (calls['GET /v1/playlists/{playlist_id}/tracks'] ?? 0) + (calls[ITEMS] ?? 0);
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors ?? []) {
      expect(error.message).not.toMatch(NOT_ASKED);
      expect(error.extensions?.spotify).toMatchObject({ status: 403 });
    }
  });

  it('still asks once the mode is learned: a learned Development Mode may be a mistake, unlearned only by asking', async () => {
    const artist = [...t.emu.state.catalog.artists.keys()][0]!;
    await t.query(
      graphql(
        `query PlaylistItemsRefusalTeach($id: ID!) { artist(id: $id) { albums(first: 20) { nodes { name } } } }`,
      ),
      { id: artist },
    );
    expect(await t.calls()).toMatchObject({ 'GET /v1/artists/{id}/albums': 3 });
    await t.clearLog();
    const answer = await t.query(SEARCH);
    expect(answer.data?.search?.playlists?.nodes?.map((node) => node?.items)).toEqual([null, null, null]);
    // One error for the three refusals Spotify gave alike, on the first playlist.
    expect(answer.errors).toHaveLength(1);
    expect(entriesOf(answer)).toBe(3);
    for (const error of answer.errors ?? []) {
      expect(error.message).not.toMatch(NOT_ASKED);
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const calls = await t.calls();
    const asked = (calls[ITEMS] ?? 0) + (calls['GET /v1/playlists/{playlist_id}/tracks'] ?? 0);
    expect(asked).toBeGreaterThanOrEqual(1);
  });
});
