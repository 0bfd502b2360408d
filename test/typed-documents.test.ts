import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { graphql } from './generated/index.js';
import { scanSource, scanTests } from './helpers/document-scan.js';
import { invalidDocument } from './helpers/documents.js';
import { useTestServer } from './helpers/server.js';

/**
 * The tests' documents are `graphql(...)` typed documents (codegen's client preset over the committed
 * schema.graphql), so that a schema change which breaks a test's document fails before any test runs:
 * codegen refuses the document, and a document it has not typed is `unknown` to `graphql()`, which no
 * test helper takes. These tests keep that chain honest.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('typed test documents', () => {
  it('commits test/generated as codegen makes it from schema.graphql and the test documents', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(resolve(root, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 60_000);

  it('refuses at type-check time a document that selects a field the schema lacks', async () => {
    const source = invalidDocument(
      'selects a field the schema lacks',
      'query TypedDocumentsNoSuchField { album(id: "x") { noSuchField } }',
    );
    // The document really is invalid, so codegen leaves it untyped...
    const schema = buildSchema(await readFile(join(root, 'schema.graphql'), 'utf8'));
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([
      'Cannot query field "noSuchField" on type "Album".',
    ]);
    // ...and `graphql()` answers `unknown` for it, which the helpers refuse: were this line to type-check,
    // the directive would fail `npm run typecheck`.
    // @ts-expect-error: an untyped document is not a GraphQLDocument
    const send = () => server.query(graphql(source));
    expect(typeof send).toBe('function');
  });

  const server = useTestServer({ mode: 'extended' });

  it('types the answer and the variables from the document', async () => {
    const id = [...server.emu.state.catalog.albums.keys()][0]!;
    const document = graphql(`query TypedDocumentsAlbum($id: ID!) { album(id: $id) { name } }`);
    const answer = await server.query(document, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.name).toEqual(server.emu.state.catalog.albums.get(id)?.name);
    // @ts-expect-error: the document does not select `label`, so the answer has no such field
    expect(answer.data?.album?.label).toBeUndefined();
    // @ts-expect-error: `$id` is required
    const missing = await server.query(document, {});
    expect(missing.errors?.[0]?.message).toContain('"$id" of required type "ID!" was not provided');
  });
});

describe('no untyped operations in test/', () => {
  const scan = scanTests(root, join(root, 'test'));

  it('writes every graphql() document as a backtick literal without substitutions, which codegen reads', () => {
    // codegen plucks only backtick literals: graphql('...') or graphql(`...${x}...`) is typed `unknown`,
    // and the helpers then refuse it with an error that does not say why.
    const unreadable = scan.unreadableGraphqlCalls.map(
      (f) => `${f.file}:${f.line}: write graphql(\`...\`) with variables, not quotes or \${}: ${f.text}`,
    );
    expect(unreadable).toEqual([]);
  });

  it('sends no operation as a plain string outside invalidDocument(reason, text)', () => {
    const plain = scan.plainStrings.map(
      (f) =>
        `${f.file}:${f.line}: use graphql(\`query UniqueName ...\`) with variables, or invalidDocument(reason, text) ` +
        `for a document sent malformed or hostile on purpose: ${f.text}`,
    );
    expect(plain).toEqual([]);
  });

  it('finds a plain-string operation and a quoted graphql() call (the check itself works)', () => {
    const found = scanSource(
      'example.test.ts',
      [
        "const a = '{ me { id } }';",
        'const b = `query Named($id: ID!) { album(id: $id) { name } }`;',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of an interpolated document
        'const c = `{ album(id: ${JSON.stringify(id)}) { name } }`;',
        "const d = graphql('query Quoted { me { id } }');",
        'const e = graphql(`query Typed { me { id } }`);',
        "const f = invalidDocument('a parse error on purpose', '{ me { id }');",
        "const g = invalidDocument('an unknown field on purpose', '{ me { noSuchField } }');",
        "const h = JSON.stringify({ a: 1 }) + '{ \"a\": 1 }' + 'query strings are logged';",
      ].join('\n'),
    );
    expect(found.plainStrings.map((f) => f.line)).toEqual([1, 2, 3, 4]);
    expect(found.unreadableGraphqlCalls.map((f) => f.line)).toEqual([4]);
  });

  // Each line hides an operation from a scan that reads only literals opening with an operation keyword.
  it.each([
    ['a document opening with a comment', "const a = '# the viewer\\n{ me { id } }';"],
    ['a comment before an operation keyword', "const a = '# why\\nquery Commented { me { id } }';"],
    ['a fragment definition', 'const a = `fragment Parts on Album { name }`;'],
    ['a document joined from parts', "const a = ['query Joined {', 'me { id }', '}'].join(' ');"],
    ['a shorthand query joined from parts', "const a = ['{', 'me { id }', '}'].join('\\n');"],
    ['a document concatenated from parts', "const a = 'query ' + name + ' { me { id } }';"],
    ['a shorthand query concatenated with a value', "const a = '{ album(id: \"' + id + '\") { name } }';"],
    ['a hand-written JSON body', "const a = JSON.stringify({ query: '# c\\n{ me { id } }' });"],
    ['a raw JSON body string', 'const a = \'{"query":"{ me { id } }"}\';'],
    ['a raw JSON body with an escaped newline', 'const a = \'{"query":"# c\\\\n{ me { id } }"}\';'],
    ['a GET URL carrying a query', "const a = '/graphql?query=%7Bme%7Bid%7D%7D';"],
  ])('finds %s', (_what, line) => {
    const found = scanSource('example.test.ts', line);
    expect(found.plainStrings.map((f) => f.line)).toEqual([1]);
  });

  it('finds a graphql() call whose document is concatenated', () => {
    const found = scanSource('example.test.ts', "const a = graphql('query Parts ' + '{ me { id } }');");
    expect(found.unreadableGraphqlCalls.map((f) => f.line)).toEqual([1]);
  });

  it('accepts the parts of a hostile document inside invalidDocument, and JSON that is no document', () => {
    const found = scanSource(
      'example.test.ts',
      [
        "const a = invalidDocument('a breadth attack', ['{', '__typename '.repeat(9), '}'].join(' '));",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of an interpolated document
        "const b = invalidDocument('a fragment of an attack', `fragment F on Track { ${'name '.repeat(9)}}`);",
        'const c = \'{"variables":{"id":"x"}}\';',
        "const d = ['a', 'b'].join('') + '{ not graphql';",
      ].join('\n'),
    );
    expect(found.plainStrings).toEqual([]);
  });
});
