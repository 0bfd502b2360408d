import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

/** Values that would leave a URL path segment or climb out of it, plain and percent-encoded. */
const HOSTILE = ['..', '.', '../me', 'a/b', 'a?b=1', 'a#b', '%2e%2e', '%2F', 'a%2Fb', '..%2F..'];

/** Each root field whose argument lands in a Spotify URL path, as a query for `id`. */
const FIELDS: [string, (id: string) => string][] = [
  ['album', (id) => `{ album(id: ${JSON.stringify(id)}) { name } }`],
  ['artist', (id) => `{ artist(id: ${JSON.stringify(id)}) { name } }`],
  ['playlist', (id) => `{ playlist(id: ${JSON.stringify(id)}) { name } }`],
  ['category', (id) => `{ category(id: ${JSON.stringify(id)}) { name } }`],
  ['user', (id) => `{ user(id: ${JSON.stringify(id)}) { displayName } }`],
];

describe('arguments that land in a Spotify URL path, over HTTP', () => {
  for (const [field, query] of FIELDS) {
    it(`${field}(id:) refuses dot segments, slashes, ? and # (plain or encoded) with BAD_USER_INPUT and no Spotify call`, async () => {
      await t.clearLog();
      for (const value of HOSTILE) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: query(value) }),
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
