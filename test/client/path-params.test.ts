import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import type { EndpointSpec } from '../../src/spotify/endpoints/types.js';
import { SpotifyError } from '../../src/spotify/errors.js';
import { useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** Values that would leave the parameter's segment or climb out of it, plain and percent-encoded. */
const HOSTILE = ['..', '.', '../me', 'a/b', 'a?b=1', 'a#b', '%2e%2e', '%2F', 'a%2Fb', '..%2F..'];

/** One endpoint per path parameter of the endpoint table, with the option name it takes. */
const CASES: [string, EndpointSpec, string][] = [
  ['id', endpoints.getAnAlbum, 'id'],
  ['playlist_id', endpoints.getPlaylist, 'playlistId'],
  ['category_id', endpoints.getACategory, 'categoryId'],
  ['user_id', endpoints.getUsersProfile, 'userId'],
];

describe('values placed in a Spotify URL path', () => {
  it('covers every path parameter of the endpoint table', () => {
    const names = new Set(
      Object.values(endpoints).flatMap((endpoint) =>
        endpoint.params.filter((param) => param.in === 'path').map((param) => param.name),
      ),
    );
    expect([...names].sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  for (const [name, endpoint, option] of CASES) {
    it(`refuses ${name} values with dot segments, slashes, ? and # (plain or encoded) before any request`, async () => {
      const client = await signedIn();
      for (const value of HOSTILE) {
        const call = client.request(endpoint, { [option]: value });
        await expect(call, value).rejects.toBeInstanceOf(SpotifyError);
        await expect(call, value).rejects.toMatchObject({ code: 'USAGE_ERROR' });
      }
      const log = (await emu.control('GET', '/requests')).json as { total: number };
      expect(log.total).toBe(0);
    });
  }

  it('still reaches a user whose name has a dot', async () => {
    const client = await signedIn();
    await expect(client.request(endpoints.getUsersProfile, { userId: 'no.such.user' })).rejects.toMatchObject(
      {
        status: 404,
      },
    );
  });
});
