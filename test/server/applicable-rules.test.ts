import {
  type ASTVisitor,
  BREAK,
  OverlappingFieldsCanBeMergedRule,
  parse,
  specifiedRules,
  validate,
  visit,
  visitInParallel,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { applicableRules, mergedRules, visitKindsInParallel } from '../../src/server/applicable-rules.js';
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
  invalidDocument('one response name for two fields', '{ album(id: "a") { name name: label } }'),
  invalidDocument(
    'one response name for two fields, one in an inline fragment',
    '{ album(id: "a") { name ... on Album { name: label } } }',
  ),
  invalidDocument(
    'one response name for two fields, one in a spread fragment',
    '{ album(id: "a") { name ...F } } fragment F on Album { name: label }',
  ),
  invalidDocument(
    'one field name with two sets of arguments',
    '{ album(id: "a") { tracks(first: 1) { total } tracks(first: 2) { total } } }',
  ),
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

  it('answers the same errors with the rules merged into one (visitKindsInParallel), skipping included', () => {
    // Several rules skip subtrees (returning false from enter): the merge must skip for that rule only.
    for (const text of documents) {
      const document = parse(text);
      const all = validate(schema, document, rules).map((e) => e.toJSON());
      expect(
        validate(schema, document, [mergedRules(rules)]).map((e) => e.toJSON()),
        text,
      ).toEqual(all);
      expect(
        validate(schema, document, [mergedRules(applicableRules(document, rules))]).map((e) => e.toJSON()),
        text,
      ).toEqual(all);
    }
  });

  it('merges visitors as graphql-js does: the same calls in order, a subtree skipped and a break per visitor', () => {
    const document = parse(
      invalidDocument(
        'untyped on purpose: a visit order',
        '{ album(id: "a") { name artists { name } tracks(first: 2) { nodes { name } } label } markets }',
      ),
    );
    const visitors = (events: string[]): ASTVisitor[] => [
      {
        Field: {
          enter(node) {
            events.push(`a+${node.name.value}`);
            return node.name.value === 'artists' ? false : undefined;
          },
          leave(node) {
            events.push(`a-${node.name.value}`);
          },
        },
      },
      {
        Field(node) {
          events.push(`b+${node.name.value}`);
          return node.name.value === 'nodes' ? BREAK : undefined;
        },
        SelectionSet: { leave: () => void events.push('b-set') },
      },
      { Name: (node) => void events.push(`c${node.value}`), Argument: () => void events.push('c-arg') },
    ];
    const graphqlJs: string[] = [];
    const merged: string[] = [];
    visit(document, visitInParallel(visitors(graphqlJs)));
    visit(document, visitKindsInParallel(visitors(merged)));
    expect(graphqlJs).toContain('a+artists');
    expect(graphqlJs).not.toContain('a-artists');
    expect(merged).toEqual(graphqlJs);
  });

  it('stops at maxErrors with the rules merged as with them apart', () => {
    const many = parse(invalidDocument('three unknown fields', '{ nope1 nope2 nope3 }'));
    const apart = validate(schema, many, rules, { maxErrors: 2 }).map((e) => e.toJSON());
    expect(apart).toHaveLength(3);
    expect(validate(schema, many, [mergedRules(rules)], { maxErrors: 2 }).map((e) => e.toJSON())).toEqual(
      apart,
    );
  });

  it('runs fewer rules on a document without variables, fragments or directives', () => {
    const plain = parse(invalidDocument('untyped on purpose: a rule count', '{ album(id: "a") { name } }'));
    expect(applicableRules(plain, rules).length).toBeLessThan(rules.length / 2);
  });

  it('leaves out the comparison of fields where no response name repeats in a selection set', () => {
    const distinct = parse(
      invalidDocument(
        'untyped on purpose: a rule list',
        '{ a: album(id: "a") { name artists { name } } b: album(id: "b") { name ... on Album { label } } }',
      ),
    );
    expect(applicableRules(distinct, rules)).not.toContain(OverlappingFieldsCanBeMergedRule);
    const repeated = parse(
      invalidDocument(
        'untyped on purpose: a rule list',
        '{ a: album(id: "a") { name } a: album(id: "a") { name } }',
      ),
    );
    expect(applicableRules(repeated, rules)).toContain(OverlappingFieldsCanBeMergedRule);
  });
});
