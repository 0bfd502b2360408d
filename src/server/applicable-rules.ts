import {
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  ExecutableDefinitionsRule,
  FragmentsOnCompositeTypesRule,
  Kind,
  KnownDirectivesRule,
  KnownFragmentNamesRule,
  KnownTypeNamesRule,
  LoneAnonymousOperationRule,
  MaxIntrospectionDepthRule,
  NoFragmentCyclesRule,
  NoUndefinedVariablesRule,
  NoUnusedFragmentsRule,
  NoUnusedVariablesRule,
  OverlappingFieldsCanBeMergedRule,
  PossibleFragmentSpreadsRule,
  type SelectionSetNode,
  SingleFieldSubscriptionsRule,
  specifiedRules,
  UniqueDirectivesPerLocationRule,
  UniqueFragmentNamesRule,
  UniqueInputFieldNamesRule,
  UniqueOperationNamesRule,
  UniqueVariableNamesRule,
  type ValidationRule,
  type ValueNode,
  type VariableDefinitionNode,
  VariablesAreInputTypesRule,
  VariablesInAllowedPositionRule,
  validate,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SubscriptionRootDirectivesRule } from './subscription-root-directives.js';
import { validateWalk } from './validation-walk.js';

/** What an executable document holds that some validation rules look at (see documentFeatures). */
export interface DocumentFeatures {
  operations: number;
  subscription: boolean;
  variableDefinitions: boolean;
  /** A variable used in a value (an argument, a default value, a directive's argument). */
  variables: boolean;
  fragmentDefinitions: boolean;
  fragmentSpreads: boolean;
  inlineFragments: boolean;
  /** An inline fragment with a type condition (a NamedType node, as variable definitions have). */
  typeConditions: boolean;
  directives: boolean;
  objectValues: boolean;
  /** A field named `__schema` or `__type` (where MaxIntrospectionDepthRule starts). */
  introspection: boolean;
  /**
   * A response name twice in one selection set, inline fragments' fields counted with the set's own
   * (the fields OverlappingFieldsCanBeMergedRule compares: only those of one response name).
   */
  repeatedResponseNames: boolean;
  /** Aliased fields in the whole document, every definition's. */
  aliases: number;
  /** Directives in the whole document (variable definitions' too). */
  directiveCount: number;
  /**
   * The sum over the definitions of each one's deepest field (a root field's leaf at 1, inline
   * fragments a level too): at least the depth graphql-armor's max-depth counts, fragments followed.
   */
  nesting: number;
  /**
   * The fields of the widest operation, every field (`__typename` too) counted, fragment spreads not
   * followed: breadthOf's figure when the document spreads no fragment.
   */
  fields: number;
}

/**
 * graphql-js's rules that report only on what a document holds, with what it must hold for the rule
 * to report anything (graphql 16's rule sources: each visits only the nodes named here, or counts
 * operations). A rule not listed here always runs.
 */
const NEEDS = new Map<ValidationRule, (f: DocumentFeatures) => boolean>([
  // Features are read of executable documents only (see documentFeatures).
  [ExecutableDefinitionsRule, () => false],
  [UniqueOperationNamesRule, (f) => f.operations > 1],
  [LoneAnonymousOperationRule, (f) => f.operations > 1],
  [SingleFieldSubscriptionsRule, (f) => f.subscription],
  [SubscriptionRootDirectivesRule, (f) => f.subscription],
  [KnownTypeNamesRule, (f) => f.variableDefinitions || f.typeConditions || f.fragmentDefinitions],
  [FragmentsOnCompositeTypesRule, (f) => f.inlineFragments || f.fragmentDefinitions],
  [VariablesAreInputTypesRule, (f) => f.variableDefinitions],
  [UniqueFragmentNamesRule, (f) => f.fragmentDefinitions],
  [KnownFragmentNamesRule, (f) => f.fragmentSpreads],
  [NoUnusedFragmentsRule, (f) => f.fragmentDefinitions],
  [PossibleFragmentSpreadsRule, (f) => f.fragmentSpreads || f.inlineFragments],
  [NoFragmentCyclesRule, (f) => f.fragmentDefinitions],
  [UniqueVariableNamesRule, (f) => f.variableDefinitions],
  [NoUndefinedVariablesRule, (f) => f.variables || f.variableDefinitions],
  [NoUnusedVariablesRule, (f) => f.variableDefinitions],
  [KnownDirectivesRule, (f) => f.directives],
  [UniqueDirectivesPerLocationRule, (f) => f.directives],
  [VariablesInAllowedPositionRule, (f) => f.variables || f.variableDefinitions],
  [UniqueInputFieldNamesRule, (f) => f.objectValues],
  [MaxIntrospectionDepthRule, (f) => f.introspection],
  // Compares fields of one response name within a selection set, fragments' fields included: where
  // fragments are spread it always runs (their fields are not read here).
  [OverlappingFieldsCanBeMergedRule, (f) => f.repeatedResponseNames || f.fragmentSpreads],
]);

/**
 * The features of an executable document (DocumentFeatures) in one walk of its AST, once per parsed
 * document; undefined when it holds anything else (a type definition: ExecutableDefinitionsRule's
 * case), where every rule runs.
 */
export function documentFeatures(document: DocumentNode): DocumentFeatures | undefined {
  if (featuresOf.has(document)) return featuresOf.get(document);
  const features = readFeatures(document);
  featuresOf.set(document, features);
  return features;
}

// Per parsed document (yoga's document cache hands back the same AST for the same text).
const featuresOf = new WeakMap<DocumentNode, DocumentFeatures | undefined>();

/** A features walk's state: the features read so far and the current definition's deepest field. */
interface FeaturesWalk {
  f: DocumentFeatures;
  deepest: number;
}

// Module-level functions, no closure per call: under tsx (keepNames) each closure made is named, at a cost.
function readFeatures(document: DocumentNode): DocumentFeatures | undefined {
  const walk: FeaturesWalk = {
    f: {
      operations: 0,
      subscription: false,
      variableDefinitions: false,
      variables: false,
      fragmentDefinitions: false,
      fragmentSpreads: false,
      inlineFragments: false,
      typeConditions: false,
      directives: false,
      objectValues: false,
      introspection: false,
      repeatedResponseNames: false,
      aliases: 0,
      directiveCount: 0,
      nesting: 0,
      fields: 0,
    },
    deepest: 0,
  };
  const { f } = walk;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      f.operations += 1;
      if (definition.operation === 'subscription') f.subscription = true;
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) f.fragmentDefinitions = true;
    else return undefined;
    readVariableDefinitions(f, definition.variableDefinitions);
    readDirectives(f, definition.directives);
    walk.deepest = 0;
    const fields = readSelections(walk, definition.selectionSet, 1, new Set<string>());
    if (definition.kind === Kind.OPERATION_DEFINITION && fields > f.fields) f.fields = fields;
    f.nesting += walk.deepest;
  }
  return f;
}

function readValue(f: DocumentFeatures, node: ValueNode): void {
  if (node.kind === Kind.VARIABLE) f.variables = true;
  else if (node.kind === Kind.LIST) for (const item of node.values) readValue(f, item);
  else if (node.kind === Kind.OBJECT) {
    f.objectValues = true;
    for (const field of node.fields) readValue(f, field.value);
  }
}

function readArguments(f: DocumentFeatures, nodes: readonly ArgumentNode[] | undefined): void {
  if (nodes === undefined) return;
  for (const arg of nodes) readValue(f, arg.value);
}

function readDirectives(f: DocumentFeatures, nodes: readonly DirectiveNode[] | undefined): void {
  if (!nodes || nodes.length === 0) return;
  f.directives = true;
  f.directiveCount += nodes.length;
  for (const directive of nodes) readArguments(f, directive.arguments);
}

function readVariableDefinitions(
  f: DocumentFeatures,
  nodes: readonly VariableDefinitionNode[] | undefined,
): void {
  if (!nodes || nodes.length === 0) return;
  f.variableDefinitions = true;
  for (const definition of nodes) {
    if (definition.defaultValue) readValue(f, definition.defaultValue);
    readDirectives(f, definition.directives);
  }
}

/**
 * Reads the selections of `set` at `depth`; answers the fields under it (fragment spreads not followed).
 * `names`: the response names of the selection set an inline fragment's fields merge into.
 */
function readSelections(
  walk: FeaturesWalk,
  set: SelectionSetNode | undefined,
  depth: number,
  names: Set<string>,
): number {
  if (set === undefined) return 0;
  const { f } = walk;
  if (depth > walk.deepest) walk.deepest = depth;
  let fields = 0;
  for (const selection of set.selections) {
    readDirectives(f, selection.directives);
    if (selection.kind === Kind.FIELD) {
      fields += 1;
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') f.introspection = true;
      const response = selection.alias?.value ?? name;
      if (names.has(response)) f.repeatedResponseNames = true;
      else names.add(response);
      if (selection.alias) f.aliases += 1;
      readArguments(f, selection.arguments);
      if (selection.selectionSet !== undefined)
        fields += readSelections(walk, selection.selectionSet, depth + 1, new Set<string>());
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      f.inlineFragments = true;
      if (selection.typeCondition) f.typeConditions = true;
      fields += readSelections(walk, selection.selectionSet, depth + 1, names);
    } else f.fragmentSpreads = true;
  }
  return fields;
}

/**
 * The rules of `rules` that can report anything on `document`: the same errors in the same order as
 * all of them (a rule left out would have reported nothing), for less work. graphql-js's `validate`
 * costs about 3-5 us per rule whatever the document holds (visitInParallel merges every rule's
 * visitor for every kind of node, per call), most of a small first-seen document's validation.
 */
export function applicableRules(
  document: DocumentNode,
  rules: readonly ValidationRule[],
): readonly ValidationRule[] {
  const features = documentFeatures(document);
  if (features === undefined) return rules;
  return rules.filter((rule) => NEEDS.get(rule)?.(features) ?? true);
}

/**
 * Validates each document with applicableRules only, walked by validateWalk (graphql-js's validation,
 * walked cheaper) when the validation in place is graphql-js's own `validate`; another one is called
 * with applicableRules. Put before any plugin that sets the validation rules
 * (useSubscriptionRootDirectives): they call the validation this sets with their rules.
 */
export function useApplicableRules(): Plugin {
  return {
    onValidate({ setValidationFn, validateFn }) {
      setValidationFn((schema, document, rules, typeInfo, options) =>
        validateFn === validate
          ? validateWalk(
              schema,
              document,
              applicableRules(document, rules ?? specifiedRules),
              options,
              typeInfo,
            )
          : validateFn(schema, document, rules && applicableRules(document, rules), typeInfo, options),
      );
    },
  };
}
