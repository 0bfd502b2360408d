/**
 * The schema's documentation speaks of local files only where they occur: on Track (the only Node a
 * local file can be), not on the Node fields every other type shares. Read through introspection.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

async function fieldDocs(type: string): Promise<Record<string, string>> {
  const answer = await t.query(
    graphql(
      `query LocalFileDocsType($name: String!) { __type(name: $name) { fields { name description } } }`,
    ),
    { name: type },
  );
  expect(answer.errors).toBeUndefined();
  return Object.fromEntries((answer.data?.__type?.fields ?? []).map((f) => [f.name, f.description ?? '']));
}

describe('local files in the schema documentation', () => {
  it.each(['Playlist', 'User', 'Artist', 'Album', 'Show', 'Episode'])(
    '%s says nothing of local files on its Node fields',
    async (type) => {
      const docs = await fieldDocs(type);
      for (const field of ['id', 'spotifyId', 'href']) expect(docs[field]).not.toMatch(/local file/i);
    },
  );

  it('Track says what id, spotifyId and href are for a local file', async () => {
    const docs = await fieldDocs('Track');
    for (const field of ['id', 'spotifyId', 'href']) expect(docs[field]).toMatch(/local file/i);
  });
});
