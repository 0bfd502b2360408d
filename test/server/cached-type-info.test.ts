import { type ASTNode, type DocumentNode, parse, print, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { CachedTypeInfo } from '../../src/server/cached-type-info.js';
import * as generated from '../generated/graphql.js';
import { invalidDocument } from '../helpers/documents.js';

/**
 * CachedTypeInfo (src/server/cached-type-info.ts) answers what graphql-js's TypeInfo answers at every
 * node of a document: the validation rules read it through ValidationContext.
 */
const invalid = [
  invalidDocument('an unknown field and a field of a scalar', '{ album(id: "a") { nope name { x } } }'),
  invalidDocument('fields of an unknown root type', 'subscription { nope { name } }'),
  invalidDocument(
    'a fragment on an unknown type and an inline one on a scalar',
    '{ album(id: "a") { ...F ... on String { name } } } fragment F on Nope { name }',
  ),
  invalidDocument(
    'a selection on an interface and on a union',
    '{ node(id: "a") { __typename id ... on Album { name } } }',
  ),
  invalidDocument(
    'introspection',
    '{ __schema { types { name fields { type { ofType { name } } } } } __type(name: "Album") { kind } }',
  ),
];

/** Every typed test document (test/generated) and the invalid ones above. */
const documents: DocumentNode[] = [
  ...Object.values(generated)
    .filter((value): value is DocumentNode => (value as { kind?: unknown } | null)?.kind === 'Document')
    .map((document) => parse(print(document))),
  ...invalid.map((text) => parse(text)),
];

/** What a TypeInfo holds on entering and leaving each node of `document`, one line per node. */
function trace(document: DocumentNode, typeInfo: TypeInfo): string[] {
  const lines: string[] = [];
  const state = (phase: string, node: ASTNode): void => {
    lines.push(
      [
        phase,
        node.kind,
        String(typeInfo.getType()),
        String(typeInfo.getParentType()),
        typeInfo.getFieldDef()?.name,
        String(typeInfo.getInputType()),
        String(typeInfo.getParentInputType()),
        typeInfo.getArgument()?.name,
        typeInfo.getDirective()?.name,
        typeInfo.getEnumValue()?.name,
        JSON.stringify(typeInfo.getDefaultValue()),
      ].join(' '),
    );
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter: (node) => void state('+', node),
      leave: (node) => void state('-', node),
    }),
  );
  return lines;
}

describe('CachedTypeInfo', () => {
  it("holds graphql-js TypeInfo's types at every node of every test document, and of invalid ones", () => {
    const different: string[] = [];
    let nodes = 0;
    for (const document of documents) {
      const expected = trace(document, new TypeInfo(schema));
      nodes += expected.length;
      // Twice: the second time, the caches (per schema type, module-wide) answer every node.
      for (let pass = 0; pass < 2; pass++)
        if (JSON.stringify(trace(document, new CachedTypeInfo(schema))) !== JSON.stringify(expected))
          different.push(print(document));
    }
    expect(different).toEqual([]);
    expect(documents.length).toBeGreaterThan(500);
    expect(nodes).toBeGreaterThan(50_000);
  });
});
