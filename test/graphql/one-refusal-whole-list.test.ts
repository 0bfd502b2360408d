/**
 * The lists refused whole on any refused entry (issue 7): the check lists (`me { followsArtists
 * libraryContains }`) and the list mutations (`saveToLibrary`, `followArtists`) answered null with an
 * error naming only the first refused entry, so a caller with N bad entries needed N round trips. Now
 * the field's one BAD_USER_INPUT names every refused entry as the root lists do (count, first indexes,
 * `refusedCount`, `refused`), and nothing is sent to Spotify. Each test fails on the old code (no
 * count, no `refusedCount`).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
const track = (n: number): string => `spotify:track:${[...t.emu.state.catalog.tracks.keys()][n]!}`;

const SAVE = graphql(`mutation WholeListSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }`);
const FOLLOW = graphql(`mutation WholeListFollow($ids: [ID!]!) { followArtists(ids: $ids) { __typename } }`);
const CONTAINS = graphql(`query WholeListContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`);
const FOLLOWS = graphql(`query WholeListFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }`);

/** Entries 1 and 3 to 10 refused (9 of them), 0 and 2 good. */
const mixed = (good: (n: number) => string = track): string[] => [
  good(0),
  'nope',
  good(1),
  ...Array.from({ length: 8 }, (_, i) => `bad${i}`),
];
const artist = (n: number): string => [...t.emu.state.catalog.artists.keys()][n]!;
const REFUSED = [1, 3, 4, 5, 6, 7];

/** The one grouped error of a list refused whole, at `path`, and no Spotify call. */
async function expectGrouped(
  answer: {
    errors?:
      | undefined
      | readonly {
          path?: readonly (string | number)[];
          message: string;
          extensions?: Record<string, unknown>;
        }[];
  },
  arg: string,
  path: string[],
): Promise<void> {
  expect(answer.errors).toHaveLength(1);
  const error = answer.errors![0]!;
  expect(error.path).toEqual(path);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', refusedCount: 9, refused: REFUSED });
  // A long message is cut short by the server's bound (the count stays in the extensions).
  if (!error.message.endsWith('…'))
    expect(error.message).toMatch(
      new RegExp(
        `^${arg}\\[1\\] .*; 8 more ${arg} refused, nothing sent: ${arg}\\[3\\], ${arg}\\[4\\], ${arg}\\[5\\], ${arg}\\[6\\], ${arg}\\[7\\] and 3 more$`,
      ),
    );
  expect(await t.calls()).toEqual({});
}

describe('lists refused whole name every refused entry', () => {
  it('saveToLibrary: one error with the count and indexes, nothing sent', async () => {
    await t.clearLog();
    await expectGrouped(await t.query(SAVE, { uris: mixed() }, { token: alice.token }), 'uris', [
      'saveToLibrary',
    ]);
  });
  it('followArtists: one error with the count and indexes, nothing sent', async () => {
    await t.clearLog();
    await expectGrouped(await t.query(FOLLOW, { ids: mixed(artist) }, { token: alice.token }), 'ids', [
      'followArtists',
    ]);
  });
  it('me.libraryContains: one error with the count and indexes, nothing sent', async () => {
    await t.clearLog();
    const answer = await t.query(CONTAINS, { uris: mixed() }, { token: alice.token });
    await expectGrouped(answer, 'uris', ['me', 'libraryContains']);
  });
  it('me.followsArtists: one error with the count and indexes, nothing sent', async () => {
    await t.clearLog();
    const answer = await t.query(FOLLOWS, { ids: mixed(artist) }, { token: alice.token });
    await expectGrouped(answer, 'ids', ['me', 'followsArtists']);
  });
  // s38 new-user pass, finding 11a: "1 more ids refused" read wrongly; one more entry is singular.
  it('one more refused entry is named in the singular (uri, id)', async () => {
    const saved = await t.query(SAVE, { uris: [track(0), 'nope', 'bad'] }, { token: alice.token });
    expect(saved.errors?.[0]?.message).toMatch(/; 1 more uri refused, nothing sent: uris\[2\]$/);
    const follows = await t.query(FOLLOWS, { ids: ['nope', artist(0), 'bad'] }, { token: alice.token });
    expect(follows.errors?.[0]?.message).toMatch(/; 1 more id refused, nothing sent: ids\[2\]$/);
  });
});
