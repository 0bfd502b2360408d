import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();

describe('the cost limit counts Spotify calls', () => {
  it('refuses 19 aliased 500-item searches of five types before any Spotify call', async () => {
    const aliases = Array.from(
      { length: 19 },
      (_, i) =>
        `s${i}: search(query: "a${i}", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: 500) { tracks { totalCount } }`,
    ).join('\n');
    await t.clearLog();
    const answer = await t.query(`{ ${aliases} }`);
    expect(Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await t.calls()).toEqual({});
  });

  it("lets an honest page through: 50 of a user's playlists with 100 items each", async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const answer = await t.query(
      '{ me { playlists(first: 50) { nodes { name items(first: 100) { edges { addedAt node { ... on Track { name } } } } } } } }',
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
  });

  it('lets one 500-item search through', async () => {
    const answer = await t.query(
      '{ search(query: "a", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } } }',
    );
    expect(answer.errors).toBeUndefined();
  });
});
