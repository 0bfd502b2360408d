import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  SingleFieldSubscriptionsRule,
  specifiedRules,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The GraphQL spec's "Single root field" rule, with the directive check of its newer editions: a
 * subscription's root selection must not carry `@skip` or `@include` (on the field, or on an inline
 * fragment or fragment spread at the top level), since which one field the subscription streams must
 * not depend on variables. graphql-js 16's own rule evaluates those directives with no variables and
 * throws on `@include(if: $x)` (which reached the client as an untyped "not provided a runtime value"),
 * and `@skip(if: true)` leaves no root field at all (a 500 from `subscribe`). Here such a document is
 * a validation error like any other (GRAPHQL_VALIDATION_FAILED, HTTP 400, a graphql-ws error message);
 * other subscriptions go to graphql-js's rule unchanged.
 */
export const SubscriptionRootDirectivesRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const original = SingleFieldSubscriptionsRule(context);
  return {
    OperationDefinition(node, key, parent, path, ancestors) {
      if (node.operation !== 'subscription') return undefined;
      if (usesRootDirectives(node.selectionSet, context, new Set())) {
        const name = node.name ? `Subscription "${node.name.value}"` : 'Anonymous subscription';
        context.reportError(
          new GraphQLError(
            `${name} must not use @skip or @include in its top level selection: a subscription must select one root field.`,
            { nodes: node },
          ),
        );
        return undefined;
      }
      const enter = (original as { OperationDefinition?: unknown }).OperationDefinition;
      if (typeof enter === 'function')
        return (enter as (...args: unknown[]) => unknown).call(
          original,
          node,
          key,
          parent,
          path,
          ancestors,
        ) as undefined;
      return undefined;
    },
  };
};

function usesRootDirectives(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): boolean {
  for (const selection of selectionSet.selections) {
    if (selection.directives?.some((d) => d.name.value === 'skip' || d.name.value === 'include')) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (usesRootDirectives(selection.selectionSet, context, seen)) return true;
    } else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(selection.name.value);
      if (fragment && usesRootDirectives(fragment.selectionSet, context, seen)) return true;
    }
  }
  return false;
}

/** Validates with SubscriptionRootDirectivesRule in place of graphql-js's SingleFieldSubscriptionsRule. */
export function useSubscriptionRootDirectives(): Plugin {
  return {
    onValidate({ params, setValidationFn, validateFn }) {
      const rules = (params.rules ?? specifiedRules).map((rule: ValidationRule) =>
        rule === SingleFieldSubscriptionsRule ? SubscriptionRootDirectivesRule : rule,
      );
      setValidationFn((schema, document, _rules, typeInfo, options) =>
        validateFn(schema, document, rules, typeInfo, options),
      );
    },
  };
}
