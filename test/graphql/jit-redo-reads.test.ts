import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * An errored answer that graphql-jit made is made again by graphql-js (src/server/jit.ts): the second
 * execution reads what the first read, failures included, so no Spotify read is sent twice and the
 * answer is the one Spotify gave (a fault that hits once stays in the answer). Under the
 * `no-jit` project the same answer and the same calls hold.
 */

const t = useTestServer({ mode: 'extended' });

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await t.clearLog();
});

describe('an errored answer made again', () => {
  it('sends a failed player read once and keeps its error', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', status: 403, times: 1 });
    const answer = await t.query(
      graphql(
        `query JitRedoDevices { me { displayName player { devices { name } queue { items { __typename } } } } }`,
      ),
      {},
      { token },
    );
    expect(answer.data?.me?.player.devices).toBeNull();
    expect(answer.data?.me?.displayName).toEqual(expect.any(String));
    expect(answer.data?.me?.player.queue?.items).toEqual(expect.any(Array));
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'player', 'devices'], 'FORBIDDEN'],
    ]);
    const calls = await t.calls();
    expect(calls['GET /v1/me/player/devices']).toBe(1);
    expect(calls['GET /v1/me/player/queue']).toBe(1);
    expect(calls['GET /v1/me']).toBe(1);
  });

  it('sends a failed "contains" read once', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/following/contains',
      status: 403,
      times: 1,
    });
    const artistId = [...t.emu.state.catalog.artists.keys()][0]!;
    const answer = await t.query(
      graphql(`query JitRedoFollows($ids: [ID!]!) { me { displayName followsArtists(ids: $ids) } }`),
      { ids: [artistId] },
      { token },
    );
    expect(answer.data?.me?.followsArtists).toBeNull();
    expect(answer.errors?.map((e) => e.path)).toEqual([['me', 'followsArtists']]);
    const calls = await t.calls();
    expect(calls['GET /v1/me/following/contains']).toBe(1);
  });
});
