import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';

export type { TypedDocumentNode };

declare const invalid: unique symbol;

/**
 * A document sent untyped on purpose: only `invalidDocument(reason, text)` makes one, so a plain
 * string does not type-check where a GraphQLDocument is taken.
 */
export type InvalidDocument = string & { readonly [invalid]: true };

/**
 * What the test helpers send as a GraphQL operation: a typed document made by `graphql(...)` from
 * test/generated (codegen's client preset, checked against schema.graphql), or an InvalidDocument for
 * a document a test sends malformed, invalid or hostile on purpose (no typed document can hold those).
 */
export type GraphQLDocument<R, V> = TypedDocumentNode<R, V> | InvalidDocument;

const printed = new WeakMap<object, string>();

/** The source text of `document`, as it goes into a request's `query` (printed once per document). */
export function documentText(document: DocumentNode | string): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/**
 * A document a test sends as a plain string on purpose, with the reason: malformed (a parse error),
 * invalid against the schema (an unknown field, a wrong argument), hostile (a depth or alias attack
 * built by repetition), or raw text whose bytes the test is about. Every other operation in test/ is a
 * `graphql(\`...\`)` typed document; test/typed-documents.test.ts fails on a plain string outside this.
 */
export function invalidDocument(reason: string, text: string): InvalidDocument {
  if (reason.trim() === '') throw new Error('invalidDocument: say why the document is sent untyped');
  return text as InvalidDocument;
}
