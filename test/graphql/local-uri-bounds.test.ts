/**
 * v18-attack7 LOW-3: a `spotify:local:` URI given to `node(id:)` had no length bound and was echoed
 * whole as the Node's `id` and `uri` (3,000 characters). It is bounded at MAX_LOCAL_URI_CHARS, as user
 * ids are at 128: over it, BAD_USER_INPUT naming the argument, its message bounded (the length, never
 * the URI), with no Spotify call; a URI whose parts are not well formed (a control character, a
 * bidirectional control, a line separator, a noncharacter, raw or decoded; a malformed escape, escapes
 * that are no UTF-8: v18 re-attack LOW-5) is refused the same way, and a URI at the bound still answers.
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
    ['a raw bidirectional override (U+202E)', 'spotify:local:a\u202eb:alb:t:10'],
    ['a bidirectional override decoded (%E2%80%AE)', 'spotify:local:a%E2%80%AEb:alb:t:10'],
    ['a raw line separator (U+2028)', 'spotify:local:a:alb\u2028b:t:10'],
    ['a paragraph separator decoded (%E2%80%A9)', 'spotify:local:a:alb:t%E2%80%A9:10'],
    ['an isolate decoded (%E2%81%A6, U+2066)', 'spotify:local:%E2%81%A6a:alb:t:10'],
    ['a noncharacter decoded (%EF%BF%BE, U+FFFE)', 'spotify:local:a:alb:t%EF%BF%BE:10'],
    ['a raw noncharacter (U+FFFF)', 'spotify:local:a:alb:t\uffff:10'],
    ['a raw lone surrogate', 'spotify:local:a\ud800:alb:t:10'],
    ['a malformed escape (%ZZ)', 'spotify:local:a%ZZ:alb:t:10'],
    ['a malformed escape (%G1)', 'spotify:local:a:alb%G1:t:10'],
    ['an escape that is no UTF-8 (%C0)', 'spotify:local:a%C0:alb:t:10'],
    ['a lone UTF-8 lead byte (%C3)', 'spotify:local:a:%C3b:t:10'],
    ['an encoded surrogate (%ED%A0%80)', 'spotify:local:a%ED%A0%80:alb:t:10'],
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

  it.each([
    ['a bare % before a space', 'spotify:local:a:b:100%+Rock:1', '100% Rock'],
    ['a bare % ending a tag', 'spotify:local:a:b:100%:1', '100%'],
    ['a bare % before punctuation', 'spotify:local:a:b:50%-off:1', '50%-off'],
    ['an escaped %', 'spotify:local:a:b:100%25+Rock:1', '100% Rock'],
    ['an accent, raw and encoded', 'spotify:local:%C3%A9:b:caf\u00e9:1', 'caf\u00e9'],
    [
      'a zero-width joiner (an emoji sequence)',
      'spotify:local:a:b:%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9:1',
      '\u{1f468}\u200d\u{1f469}',
    ],
  ])('with %s answers, the tag decoded', async (_, id, name) => {
    const answer = await t.query(NODE, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node).toMatchObject({ id, name });
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
