import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, type TypedDocumentNode } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

/** Values that would leave a URL path segment or climb out of it, plain and percent-encoded. */
const HOSTILE = ['..', '.', '../me', 'a/b', 'a?b=1', 'a#b', '%2e%2e', '%2F', 'a%2Fb', '..%2F..'];

/** Each root field whose argument lands in a Spotify URL path, as a query of `$id`. */
const FIELDS: [string, TypedDocumentNode<unknown, { id: string }>][] = [
  ['album', graphql(`query PathInputAlbum($id: ID!) { album(id: $id) { name } }`)],
  ['artist', graphql(`query PathInputArtist($id: ID!) { artist(id: $id) { name } }`)],
  ['playlist', graphql(`query PathInputPlaylist($id: ID!) { playlist(id: $id) { name } }`)],
  ['category', graphql(`query PathInputCategory($id: ID!) { category(id: $id) { name } }`)],
  ['user', graphql(`query PathInputUser($id: ID!) { user(id: $id) { displayName } }`)],
];

describe('arguments that land in a Spotify URL path, over HTTP', () => {
  for (const [field, document] of FIELDS) {
    it(`${field}(id:) refuses dot segments, slashes, ? and # (plain or encoded) with BAD_USER_INPUT and no Spotify call`, async () => {
      await t.clearLog();
      for (const value of HOSTILE) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: documentText(document), variables: { id: value } }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(
          body.errors?.map((error) => error.extensions?.code),
          `${field}(id: ${value})`,
        ).toEqual(['BAD_USER_INPUT']);
      }
      expect(await t.calls()).toEqual({});
    });
  }
});
