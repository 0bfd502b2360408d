import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The code of the one error an introspection query gets while INTROSPECTION=false. */
export const INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED';

/**
 * INTROSPECTION=false: a document that selects `__schema` or `__type` (the only ways into the
 * introspection types) fails validation with exactly one error, `INTROSPECTION_DISABLED`, at its first
 * such field. graphql-js's NoSchemaIntrospectionCustomRule reports every field whose type is an
 * introspection type (`__schema { types { fields ... } }` gave one error per level, the same words
 * each time). `__typename` still answers.
 */
export const noIntrospectionRule: ValidationRule = (context) => {
  let reported = false;
  return {
    Field(node) {
      if (reported || (node.name.value !== '__schema' && node.name.value !== '__type')) return;
      reported = true;
      context.reportError(
        new GraphQLError(
          `Introspection is turned off on this server (INTROSPECTION=false): ${node.name.value} cannot be queried`,
          { nodes: node, extensions: { code: INTROSPECTION_DISABLED } },
        ),
      );
    },
  };
};

/** INTROSPECTION=false as a yoga plugin: noIntrospectionRule joins validation. */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospectionRule);
    },
  };
}
