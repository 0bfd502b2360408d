/**
 * Spotify's UserObject does not require `id`: a profile without one keeps the user's other fields.
 * The id asked (`user(id:)`) stands in for it; under `me` with a bare token only the id fields, which
 * nothing else tells, carry the error.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
});
beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

describe('a user profile without id', () => {
  it.each([{ set: { '/id': null } }, { unset: ['/id'] }])(
    'user(id:) answers with the id asked and its other fields (%o)',
    async (rule) => {
      await t.emu.control('POST', '/faults', { route: 'GET /v1/users/{user_id}', ...rule });
      const answer = await t.query(
        graphql(`query ProfileWithoutIdUser { user(id: "bob") { id spotifyId displayName
          playlists(first: 1) { totalCount } } }`),
        {},
        { token: alice },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.user).toMatchObject({ id: 'spotify:user:bob', spotifyId: 'bob' });
      expect(answer.data?.user?.displayName).toEqual(expect.any(String));
      expect(answer.data?.user?.playlists?.totalCount).toEqual(expect.any(Number));
    },
  );

  it("me: only the id fields carry the error, the profile's other fields answer", async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me', unset: ['/id'] });
    const answer = await t.query(
      graphql(`query ProfileWithoutIdMe { me { id displayName country } }`),
      {},
      { token: alice },
    );
    expect(answer.data?.me?.displayName).toEqual(expect.any(String));
    expect(answer.data?.me?.country).toEqual(expect.any(String));
    expect(answer.errors?.map((error) => error.path?.join('.'))).toEqual(['me.id']);
  });
});
