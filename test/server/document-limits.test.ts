import { type DocumentNode, getIntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function run(document: DocumentNode | string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: documentText(document) }),
  });
  return (await response.json()) as Answer;
}

/** `{ __schema { types { fields { type { ofType { ofType ... } } } } } }`, `levels` ofTypes deep. */
function deepIntrospection(levels: number): string {
  return invalidDocument(
    'a depth attack built by repetition',
    `{ __schema { types { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } } }`,
  );
}

describe('document limits (checked before validation)', () => {
  it('answers the standard introspection query that GraphiQL sends', async () => {
    const answer = await run(getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
  });

  it('refuses a 1,000-deep introspection query with QUERY_TOO_DEEP', async () => {
    const answer = await run(deepIntrospection(1_000));
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(answer.data).toBeUndefined();
  });

  it('counts depth through fragments', async () => {
    const fragments = Array.from({ length: 40 }, (_, i) =>
      invalidDocument(
        'one of 40 fragments of a depth attack',
        `fragment F${i} on __Type { ofType { ${i < 39 ? `...F${i + 1}` : 'name'} } }`,
      ),
    ).join('\n');
    const answer = await run(
      invalidDocument(
        'a depth attack through 40 fragments',
        `{ __schema { types { ...F0 } } }\n${fragments}`,
      ),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses 1,600 aliases with one TOO_MANY_ALIASES error, not 1,600 copies', async () => {
    // 1,600 aliases in 4,802 tokens: under the token limit, so the alias limit is what refuses it.
    const fields = Array.from({ length: 1_600 }, (_, i) => `a${i}: __typename`).join(' ');
    const answer = await run(invalidDocument('an alias attack built by repetition', `{ ${fields} }`));
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuses more directives than MAX_DIRECTIVES with TOO_MANY_DIRECTIVES', async () => {
    const answer = await run(
      invalidDocument(
        'a directive attack built by repetition',
        `{ __typename ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)}}`,
      ),
    );
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('counts aliases and directives of a fragment each time it is spread, and names the figure found', async () => {
    // 8 aliases and 13 directives in the fragment, spread 4 times: 32 > MAX_ALIASES (30) on their own.
    const aliased = Array.from({ length: 8 }, (_, i) => `x${i}: __typename`).join(' ');
    const fragment = invalidDocument(
      'the fragment of an alias attack',
      `fragment F on Query { ${aliased} __typename ${'@include(if: true) '.repeat(13)}}`,
    );
    const aliases = await run(
      invalidDocument(
        'an alias attack through a fragment spread 4 times',
        `{ ...F ...F ...F ...F } ${fragment}`,
      ),
    );
    expect(aliases.errors).toHaveLength(1);
    expect(aliases.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 32 });
    // Without the aliases, 4 x 13 = 52 directives > MAX_DIRECTIVES (50).
    const directives = await run(
      invalidDocument(
        'a directive attack through a fragment spread 4 times',
        `{ ...G ...G ...G ...G } fragment G on Query { __typename ${'@include(if: true) '.repeat(13)}}`,
      ),
    );
    expect(directives.errors).toHaveLength(1);
    expect(directives.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_DIRECTIVES', directives: 52 });
  });

  it('refuses by depth first when a document is also over the alias limit', async () => {
    const answer = await run(
      invalidDocument(
        'too deep and too many aliases at once',
        `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} __schema { types { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } } }`,
      ),
    );
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 25 });
  });

  it('refuses a document of more than MAX_TOKENS tokens with TOO_MANY_TOKENS while parsing', async () => {
    const answer = await run(
      invalidDocument(
        'a token flood built by repetition',
        `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} }`,
      ),
    );
    expect(answer.errors).toHaveLength(1);
    // The figure found beside the limit, as every limit gives them: `{ ` + 5000 + `}` are 5002 tokens.
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_TOKENS',
      tokens: DEFAULT_LIMITS.maxTokens + 2,
      maxTokens: DEFAULT_LIMITS.maxTokens,
    });
    expect(answer.errors?.[0]?.message).toBe(
      `The query has ${DEFAULT_LIMITS.maxTokens + 2} tokens; MAX_TOKENS allows ${DEFAULT_LIMITS.maxTokens}`,
    );
  });

  it('counts a token flood only up to ten times MAX_TOKENS, and says the figure is a floor', async () => {
    const answer = await run(
      invalidDocument(
        'a token flood built by repetition',
        `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens * 12)} }`,
      ),
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_TOKENS',
      tokens: DEFAULT_LIMITS.maxTokens * 10,
    });
    expect(answer.errors?.[0]?.message).toBe(
      `The query has at least ${DEFAULT_LIMITS.maxTokens * 10} tokens; MAX_TOKENS allows ${DEFAULT_LIMITS.maxTokens}`,
    );
  });

  it('still answers queries after the hostile ones', async () => {
    expect(await run(graphql(`query DocumentLimitsAfterHostile { __typename }`))).toEqual({
      data: { __typename: 'Query' },
    });
  });
});

describe('a MAX_DEPTH below the introspection query (5)', () => {
  const small = useTestServer({ listen: true, limits: { maxDepth: 5 } });
  const ask = async (document: DocumentNode | string): Promise<Answer> => {
    const response = await fetch(small.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(document) }),
    });
    return (await response.json()) as Answer;
  };

  it("answers graphql-js's introspection query (GraphiQL's schema load, depth 15)", async () => {
    const answer = await ask(getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(0);
  });

  it('still refuses a query of depth 6 outside __schema with QUERY_TOO_DEEP', async () => {
    const answer = await ask(
      invalidDocument(
        'depth 6, over this server MAX_DEPTH of 5',
        '{ album(id: "spotify:album:x") { tracks { edges { node { album { name } } } } } }',
      ),
    );
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 6, maxDepth: 5 });
    expect(answer.errors?.[0]?.message).toBe('The query is 6 levels deep; MAX_DEPTH allows 5');
  });

  it('holds a __schema subtree to the introspection depth (15)', async () => {
    const answer = await ask(deepIntrospection(20));
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 25, maxDepth: 15 });
    // Its limit is not this server's MAX_DEPTH (5), and the message says so.
    expect(answer.errors?.[0]?.message).toBe(
      'The query is 25 levels deep; a __schema selection (the larger of MAX_DEPTH and 15) allows 15',
    );
  });
});
