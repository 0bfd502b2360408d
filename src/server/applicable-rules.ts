import {
  type ArgumentNode,
  type ASTVisitor,
  BREAK,
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
  UniqueDirectivesPerLocationRule,
  UniqueFragmentNamesRule,
  UniqueInputFieldNamesRule,
  UniqueOperationNamesRule,
  UniqueVariableNamesRule,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  type VariableDefinitionNode,
  VariablesAreInputTypesRule,
  VariablesInAllowedPositionRule,
  visitInParallel,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SubscriptionRootDirectivesRule } from './subscription-root-directives.js';

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

function readFeatures(document: DocumentNode): DocumentFeatures | undefined {
  const f: DocumentFeatures = {
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
  };
  const value = (node: ValueNode): void => {
    if (node.kind === Kind.VARIABLE) f.variables = true;
    else if (node.kind === Kind.LIST) for (const item of node.values) value(item);
    else if (node.kind === Kind.OBJECT) {
      f.objectValues = true;
      for (const field of node.fields) value(field.value);
    }
  };
  const args = (nodes: readonly ArgumentNode[] | undefined): void => {
    for (const arg of nodes ?? []) value(arg.value);
  };
  const directives = (nodes: readonly DirectiveNode[] | undefined): void => {
    if (!nodes || nodes.length === 0) return;
    f.directives = true;
    for (const directive of nodes) args(directive.arguments);
  };
  const variableDefinitions = (nodes: readonly VariableDefinitionNode[] | undefined): void => {
    if (!nodes || nodes.length === 0) return;
    f.variableDefinitions = true;
    for (const definition of nodes) {
      if (definition.defaultValue) value(definition.defaultValue);
      directives(definition.directives);
    }
  };
  // `names`: the response names of the selection set an inline fragment's fields merge into.
  const selections = (set: SelectionSetNode | undefined, names = new Set<string>()): void => {
    for (const selection of set?.selections ?? []) {
      directives(selection.directives);
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') f.introspection = true;
        const response = selection.alias?.value ?? name;
        if (names.has(response)) f.repeatedResponseNames = true;
        else names.add(response);
        args(selection.arguments);
        selections(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        f.inlineFragments = true;
        if (selection.typeCondition) f.typeConditions = true;
        selections(selection.selectionSet, names);
      } else f.fragmentSpreads = true;
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      f.operations += 1;
      if (definition.operation === 'subscription') f.subscription = true;
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) f.fragmentDefinitions = true;
    else return undefined;
    variableDefinitions(definition.variableDefinitions);
    directives(definition.directives);
    selections(definition.selectionSet);
  }
  return f;
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

const KINDS = new Set<string>(Object.values(Kind));

type EnterLeave = { enter?: (...args: unknown[]) => unknown; leave?: (...args: unknown[]) => unknown };

/**
 * graphql-js's visitInParallel, merging only the kinds of node some visitor names: the same merged
 * visitor (the same calls in the same order, the same skipping), without asking every visitor for every
 * one of the 40-odd kinds, which cost more than the rules' own work on a small document (about 20 us
 * per validation, most of it megamorphic property misses). A visitor with a generic `enter`/`leave`
 * applies to every kind: graphql-js's own merge then.
 */
export function visitKindsInParallel(visitors: readonly ASTVisitor[]): ASTVisitor {
  const kinds = new Set<string>();
  for (const visitor of visitors)
    for (const key in visitor) {
      if (key === 'enter' || key === 'leave') return visitInParallel(visitors);
      if (KINDS.has(key)) kinds.add(key);
    }
  const skipping: unknown[] = visitors.map(() => null);
  const merged: Record<string, EnterLeave> = Object.create(null);
  for (const kind of kinds) {
    const enters: EnterLeave['enter'][] = [];
    const leaves: EnterLeave['leave'][] = [];
    for (const visitor of visitors) {
      const own = (visitor as Record<string, EnterLeave | EnterLeave['enter']>)[kind];
      enters.push(typeof own === 'function' ? own : own?.enter);
      leaves.push(typeof own === 'object' ? own.leave : undefined);
    }
    merged[kind] = mergedEnterLeave(visitors, skipping, enters, leaves);
  }
  return merged as ASTVisitor;
}

/** One kind's merged enter and leave, as graphql-js 16's visitInParallel makes them. */
function mergedEnterLeave(
  visitors: readonly ASTVisitor[],
  skipping: unknown[],
  enters: EnterLeave['enter'][],
  leaves: EnterLeave['leave'][],
): EnterLeave {
  return {
    enter(...args) {
      const node = args[0];
      for (let i = 0; i < visitors.length; i++) {
        if (skipping[i] !== null) continue;
        const result = enters[i]?.apply(visitors[i], args);
        if (result === false) skipping[i] = node;
        else if (result === BREAK) skipping[i] = BREAK;
        else if (result !== undefined) return result;
      }
      return undefined;
    },
    leave(...args) {
      const node = args[0];
      for (let i = 0; i < visitors.length; i++) {
        if (skipping[i] === null) {
          const result = leaves[i]?.apply(visitors[i], args);
          if (result === BREAK) skipping[i] = BREAK;
          else if (result !== undefined && result !== false) return result;
        } else if (skipping[i] === node) skipping[i] = null;
      }
      return undefined;
    },
  };
}

/**
 * `rules` as one rule whose visitor is theirs merged by visitKindsInParallel: graphql-js's `validate`
 * then merges one visitor, not each rule's for every kind of node.
 */
export function mergedRules(rules: readonly ValidationRule[]): ValidationRule {
  return (context: ValidationContext) => visitKindsInParallel(rules.map((rule) => rule(context)));
}

/**
 * Validates each document with applicableRules only, merged into one rule (mergedRules). Put before
 * any plugin that sets the validation rules (useSubscriptionRootDirectives): they call the validation
 * this sets with their rules.
 */
export function useApplicableRules(): Plugin {
  return {
    onValidate({ setValidationFn, validateFn }) {
      setValidationFn((schema, document, rules, typeInfo, options) =>
        validateFn(
          schema,
          document,
          rules && [mergedRules(applicableRules(document, rules))],
          typeInfo,
          options,
        ),
      );
    },
  };
}
