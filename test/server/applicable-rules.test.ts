import { parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { applicableRules } from '../../src/server/applicable-rules.js';
import { SubscriptionRootDirectivesRule } from '../../src/server/subscription-root-directives.js';
import { invalidDocument } from '../helpers/documents.js';

/**
 * Validation runs only the rules that can report on a document (src/server/applicable-rules.ts): the
 * errors, their order and their locations are those of every rule, on documents that break each rule
 * left out elsewhere.
 */
const rules = specifiedRules.map((rule) =>
  rule.name === 'SingleFieldSubscriptionsRule' ? SubscriptionRootDirectivesRule : rule,
);

const documents = [
  invalidDocument('two operations of one name', 'query A { markets } query A { genreSeeds }'),
  invalidDocument('an anonymous operation beside another', '{ markets } query B { genreSeeds }'),
  invalidDocument(
    'a subscription with two root fields',
    'subscription S { playbackState { isPlaying } a: playbackState { isPlaying } }',
  ),
  invalidDocument(
    'a subscription root under @include',
    'subscription S($x: Boolean!) { playbackState @include(if: $x) { isPlaying } }',
  ),
  invalidDocument('an unknown variable type', 'query V($x: NoSuchType) { markets }'),
  invalidDocument('an inline fragment on a scalar', '{ album(id: "a") { ... on String { name } } }'),
  invalidDocument('a variable of an output type', 'query V($x: Album) { markets }'),
  invalidDocument(
    'two fragments of one name',
    '{ album(id: "a") { ...F } } fragment F on Album { name } fragment F on Album { label }',
  ),
  invalidDocument('an unknown fragment', '{ album(id: "a") { ...Nope } }'),
  invalidDocument('an unused fragment', '{ markets } fragment F on Album { name }'),
  invalidDocument(
    'a fragment spread where it cannot apply',
    '{ album(id: "a") { ...F } } fragment F on Artist { name }',
  ),
  invalidDocument(
    'a fragment cycle',
    '{ album(id: "a") { ...F } } fragment F on Album { ...G } fragment G on Album { ...F }',
  ),
  invalidDocument('a variable defined twice', 'query V($x: ID!, $x: ID!) { album(id: $x) { name } }'),
  invalidDocument('an undefined variable', '{ album(id: $x) { name } }'),
  invalidDocument('an unused variable', 'query V($x: ID) { markets }'),
  invalidDocument('an unknown directive', '{ markets @nope }'),
  invalidDocument('a directive twice', '{ markets @skip(if: false) @skip(if: true) }'),
  invalidDocument('a variable in a position of another type', 'query V($x: Int) { album(id: $x) { name } }'),
  invalidDocument(
    'an input field twice',
    '{ search(query: "a", types: [TRACK], filters: { year: 1, year: 2 }) { tracks { nodes { name } } } }',
  ),
  invalidDocument(
    'introspection too deep',
    '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
  ),
  invalidDocument('a type definition', 'type T { a: Int } { markets }'),
  invalidDocument('an unknown field and a missing argument', '{ album { nope name } }'),
];

describe('validation with the applicable rules only', () => {
  it('answers every document with the errors of all the rules, in their order', () => {
    for (const text of documents) {
      const document = parse(text);
      const all = validate(schema, document, rules).map((e) => e.toJSON());
      expect(all.length, text).toBeGreaterThan(0);
      expect(
        validate(schema, document, applicableRules(document, rules)).map((e) => e.toJSON()),
        text,
      ).toEqual(all);
    }
  });

  it('runs fewer rules on a document without variables, fragments or directives', () => {
    const plain = parse(invalidDocument('untyped on purpose: a rule count', '{ album(id: "a") { name } }'));
    expect(applicableRules(plain, rules).length).toBeLessThan(rules.length / 2);
  });
});
