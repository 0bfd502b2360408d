/**
 * v18-attack7 LOW-3: a `spotify:local:` URI given to `node(id:)` had no length bound and was echoed
 * whole as the Node's `id` and `uri` (3,000 characters). It is bounded at MAX_LOCAL_URI_CHARS, as user
 * ids are at 128: over it, BAD_USER_INPUT naming the argument, its message bounded (the length, never
 * the URI), with no Spotify call; a URI whose parts are not well formed (a control character, raw or
 * decoded) is refused the same way, and a URI at the bound still answers.
 */
import { describe, expect, it } from 'vitest';
import { MAX_LOCAL_URI_CHARS } from '../../src/resolvers/local-files.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

const NODE = graphql(`query LocalUriBoundsNode($id: ID!) {
  node(id: $id) { id ... on Track { uri name localFile { artistNames albumName } } }
}`);
const NODES = graphql(`query LocalUriBoundsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`);

/** A local URI of exactly `length` characters (its title padded). */
const localUriOf = (length: number): string => {
  const frame = 'spotify:local:a:b::1';
  return `spotify:local:a:b:${'x'.repeat(length - frame.length)}:1`;
};

describe('a spotify:local: URI given as an id', () => {
  it('over the bound is BAD_USER_INPUT with a bounded message and no Spotify call', async () => {
    await t.clearLog();
    for (const id of [localUriOf(MAX_LOCAL_URI_CHARS + 1), `spotify:local:${'x'.repeat(3000)}:b:c:1`]) {
      const answer = await t.query(NODE, { id });
      expect(answer.data?.node ?? null).toBeNull();
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([
        [['node'], 'BAD_USER_INPUT', 'id'],
      ]);
      const message = answer.errors?.[0]?.message ?? '';
      expect(message).toBe(
        `id is a spotify:local: URI of ${id.length} characters: at most ${MAX_LOCAL_URI_CHARS}`,
      );
      expect(JSON.stringify(answer).length).toBeLessThan(1000);
    }
    expect(await t.calls()).toEqual({});
  });

  it('at the bound answers, its id and uri the URI', async () => {
    const id = localUriOf(MAX_LOCAL_URI_CHARS);
    expect(id.length).toBe(MAX_LOCAL_URI_CHARS);
    const answer = await t.query(NODE, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node).toMatchObject({
      id,
      uri: id,
      localFile: { artistNames: ['a'], albumName: 'b' },
    });
  });

  it.each([
    ['a NUL decoded in a tag', 'spotify:local:a:b%00c:d:1'],
    ['a newline decoded in a tag', 'spotify:local:a%0Ab:c:d:1'],
    ['a raw control character', 'spotify:local:a:b:c\u0007d:1'],
    ['a C1 control decoded', 'spotify:local:a:b:c%C2%85d:1'],
    ['five parts', 'spotify:local:a:b:c:d:1'],
    ['three parts', 'spotify:local:a:b:1'],
  ])('with %s is BAD_USER_INPUT, the URI not quoted', async (_, id) => {
    const answer = await t.query(NODE, { id });
    expect(answer.data?.node ?? null).toBeNull();
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([
      ['BAD_USER_INPUT', 'id'],
    ]);
    expect(answer.errors?.[0]?.message).toMatch(/^id is a malformed spotify:local: URI: it needs four parts/);
  });

  it('in nodes(ids:) the refused URI is only its own entry', async () => {
    const good = 'spotify:local:a:b:c:1';
    const answer = await t.query(NODES, { ids: [localUriOf(MAX_LOCAL_URI_CHARS + 1), good] });
    expect(answer.data?.nodes).toEqual([null, { id: good }]);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 0], 'BAD_USER_INPUT'],
    ]);
  });
});
