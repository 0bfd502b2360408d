import {
  type ASTNode,
  type ASTVisitor,
  BREAK,
  type DocumentNode,
  OverlappingFieldsCanBeMergedRule,
  parse,
  print,
  specifiedRules,
  type ValidationContext,
  type ValidationRule,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { applicableRules, documentFeatures } from '../../src/server/applicable-rules.js';
import { breadthOf } from '../../src/server/limits.js';
import { SubscriptionRootDirectivesRule } from '../../src/server/subscription-root-directives.js';
import { validateWalk } from '../../src/server/validation-walk.js';
import * as generated from '../generated/graphql.js';
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
  invalidDocument('an unknown argument', '{ album(id: "a", nope: 1) { name } }'),
  invalidDocument('an argument on a field that takes none', '{ album(id: "a") { name(x: 1) } }'),
  invalidDocument('an argument twice', '{ album(id: "a", id: "b") { name } }'),
  invalidDocument('a fragment on an unknown type', '{ album(id: "a") { ...F } } fragment F on Nope { name }'),
  invalidDocument('an inline fragment on an unknown type', '{ album(id: "a") { ... on Nope { name } } }'),
  invalidDocument('a directive without its required argument', '{ album(id: "a") @skip { name } }'),
  invalidDocument('an unknown directive argument', '{ album(id: "a") @skip(if: true, x: 1) { name } }'),
  invalidDocument('a directive argument twice', '{ album(id: "a") @skip(if: true, if: false) { name } }'),
];

/** The typed documents of every test (test/generated), printed with their locations. */
const testDocuments = Object.values(generated)
  .filter((value): value is DocumentNode => (value as { kind?: unknown } | null)?.kind === 'Document')
  .map((document) => print(document));

/** Edits that make a valid document invalid for one rule or another, where the document allows them. */
const breakages: readonly [string, (text: string) => string][] = [
  ['a misspelt field', (text) => text.replace(/\bname\b/, 'nmae')],
  ['an argument twice', (text) => text.replace(/\((\w+): /, '($1: null, $1: ')],
  ['an unknown argument', (text) => text.replace(/\((\w+): /, '(nope: 1, $1: ')],
  ['a required argument left out', (text) => text.replace(/\(id: [^)]*\)/, '')],
  ['an unknown type condition', (text) => text.replace(/ on (\w+)/, ' on $1Nope')],
  ['an unknown variable type', (text) => text.replace(/(\$\w+): (\w+)/, '$1: $2Nope')],
  ['a directive without its argument', (text) => text.replace(/ \{ /, ' @include { ')],
  ['a variable of another type', (text) => text.replace(/(\$\w+): \w+/, '$1: Boolean')],
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

  it('answers the same errors walked by validateWalk as graphql-js validate, all rules or the applicable ones', () => {
    // Several rules skip subtrees (returning false from enter): the walk must skip for that rule only.
    for (const text of documents) {
      const document = parse(text);
      const all = validate(schema, document, rules).map((e) => e.toJSON());
      expect(
        validateWalk(schema, document, rules).map((e) => e.toJSON()),
        text,
      ).toEqual(all);
      expect(
        validateWalk(schema, document, applicableRules(document, rules)).map((e) => e.toJSON()),
        text,
      ).toEqual(all);
    }
  });

  it('answers the errors of graphql-js validate on every test document, and on each made invalid', () => {
    // Rules whose handlers are skipped where they can do nothing (src/server/idle-handlers.ts), made
    // only when needed, and nodes where nothing happens (names, scalar values) left out of the walk.
    let invalid = 0;
    const different: string[] = [];
    for (const text of testDocuments) {
      const variants = [text];
      for (const [reason, edit] of breakages) {
        const broken = edit(text);
        if (broken !== text) variants.push(invalidDocument(`a test document with ${reason}`, broken));
      }
      for (const variant of variants) {
        const document = parse(variant);
        const all = JSON.stringify(validate(schema, document, rules).map((e) => e.toJSON()));
        if (all !== '[]') invalid += 1;
        const walked = validateWalk(schema, document, applicableRules(document, rules));
        if (JSON.stringify(walked.map((e) => e.toJSON())) !== all) different.push(variant);
      }
    }
    expect(different).toEqual([]);
    expect(testDocuments.length).toBeGreaterThan(500);
    expect(invalid).toBeGreaterThan(3 * testDocuments.length);
  });

  it("counts breadthOf's fields in the features walk of every test document that spreads no fragment", () => {
    // The breadth limit (MAX_BREADTH) reads this figure instead of walking such a document again.
    const deep = invalidDocument(
      'inline fragments and __typename, nested, and two operations',
      'query A { __typename album(id: "a") { name ... on Album { label artists { name } } } } query B { markets }',
    );
    let compared = 0;
    for (const text of [...testDocuments, deep]) {
      const document = parse(text);
      const features = documentFeatures(document);
      if (features === undefined || features.fragmentSpreads) continue;
      expect(features.fields, text).toBe(breadthOf(document));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(500);
    expect(documentFeatures(parse(deep))?.fields).toBe(6);
  });

  it('walks as graphql-js validates: the same calls, arguments and types in order, a skip and a break per rule', () => {
    const document = parse(
      invalidDocument(
        'untyped on purpose: a visit order',
        'query Q($x: Boolean = true) { album(id: "a") { name @include(if: $x) artists { name } ...F ' +
          'tracks(first: 2) { nodes { name } } label } markets } fragment F on Album { ... on Album { id } }',
      ),
    );
    // Each call: who, the node, its key, the parent's kind (or an array's length), the path, the
    // ancestors' kinds, and the type TypeInfo holds there.
    const at = (context: ValidationContext, who: string, args: unknown[]): string => {
      const [node, key, parent, path, ancestors] = args as [
        ASTNode,
        string | number | undefined,
        ASTNode | readonly ASTNode[] | undefined,
        readonly (string | number)[],
        readonly (ASTNode | readonly ASTNode[])[],
      ];
      const kindOf = (value: ASTNode | readonly ASTNode[] | undefined): string =>
        value === undefined ? '-' : Array.isArray(value) ? `[${value.length}]` : (value as ASTNode).kind;
      return [
        who,
        node.kind,
        key,
        kindOf(parent),
        path.join('.'),
        ancestors.map(kindOf).join('/'),
        String(context.getType()),
      ].join(' ');
    };
    const recording = (events: string[]): ValidationRule[] => [
      (context) => ({
        Field: {
          enter(...args) {
            events.push(at(context, 'a+', args));
            return args[0].name.value === 'artists' ? false : undefined;
          },
          leave(...args) {
            events.push(at(context, 'a-', args));
          },
        },
      }),
      (context) => ({
        Field(...args) {
          events.push(at(context, 'b+', args));
          return args[0].name.value === 'nodes' ? BREAK : undefined;
        },
        SelectionSet: { leave: (...args) => void events.push(at(context, 'b-', args)) },
      }),
      (context): ASTVisitor => ({
        enter: (...args) => void events.push(at(context, 'c+', args)),
        leave: (...args) => void events.push(at(context, 'c-', args)),
      }),
    ];
    const graphqlJs: string[] = [];
    const walked: string[] = [];
    validate(schema, document, recording(graphqlJs));
    validateWalk(schema, document, recording(walked));
    const artists = 'Field 1 [5] definitions.0.selectionSet.selections.0.selectionSet.selections.1';
    expect(graphqlJs).toContain(
      `a+ ${artists} Document/[2]/OperationDefinition/SelectionSet/[2]/Field/SelectionSet [Artist]`,
    );
    // Rule a skips the artists' subtree (no leave for it), rule b stops after `nodes`.
    expect(graphqlJs.some((event) => event.startsWith(`a- ${artists}`))).toBe(false);
    expect(graphqlJs.some((event) => event.startsWith(`a+ Field 0 [1] ${artists.slice(13)}`))).toBe(false);
    expect(graphqlJs.filter((event) => event.startsWith('b+')).at(-1)).toMatch(/^b\+ Field 0 \[1\]/);
    expect(walked).toEqual(graphqlJs);
    // Without the generic visitor, each kind's handlers are read off the visitors' own keys.
    const named: string[] = [];
    const namedWalked: string[] = [];
    validate(schema, document, recording(named).slice(0, 2));
    validateWalk(schema, document, recording(namedWalked).slice(0, 2));
    expect(named.length).toBeGreaterThan(10);
    expect(namedWalked).toEqual(named);
  });

  it('stops at maxErrors as graphql-js validate does', () => {
    const many = parse(invalidDocument('three unknown fields', '{ nope1 nope2 nope3 }'));
    const graphqlJs = validate(schema, many, rules, { maxErrors: 2 }).map((e) => e.toJSON());
    expect(graphqlJs).toHaveLength(3);
    expect(validateWalk(schema, many, rules, { maxErrors: 2 }).map((e) => e.toJSON())).toEqual(graphqlJs);
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
