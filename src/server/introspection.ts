import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { IntrospectionOffBy } from './config.js';

/** The code of the one error an introspection query gets while introspection is off. */
export const INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED';

/**
 * Why introspection is off, in the words of its refusal: the setting that turned it off, and how to
 * turn it on when that was not INTROSPECTION itself. A setting is quoted as it was set (`INTROSPECTION=off`,
 * at most 16 characters of its value); unknown (a config made in code): "INTROSPECTION=false".
 */
export function introspectionOffReason(offBy: IntrospectionOffBy | undefined): string {
  switch (offBy?.setting) {
    case 'INTROSPECTION':
      return `INTROSPECTION=${offBy.value.slice(0, 16)}`;
    case 'GRAPHIQL':
      return `GRAPHIQL=${offBy.value.slice(0, 16)} turns it off with GraphiQL; set INTROSPECTION=true to turn it on`;
    case 'NODE_ENV':
      return 'NODE_ENV=production turns it off; set INTROSPECTION=true to turn it on';
    default:
      return 'INTROSPECTION=false';
  }
}

/**
 * Introspection off: a document that selects `__schema` or `__type` (the only ways into the
 * introspection types) fails validation with exactly one error, `INTROSPECTION_DISABLED`, at its first
 * such field; its message names what turned introspection off (introspectionOffReason).
 * graphql-js's NoSchemaIntrospectionCustomRule reports every field whose type is an introspection type
 * (`__schema { types { fields ... } }` gave one error per level, the same words each time).
 * `__typename` still answers.
 */
export function noIntrospectionRule(offBy?: IntrospectionOffBy): ValidationRule {
  const why = introspectionOffReason(offBy);
  return (context) => {
    let reported = false;
    return {
      Field(node) {
        if (reported || (node.name.value !== '__schema' && node.name.value !== '__type')) return;
        reported = true;
        context.reportError(
          new GraphQLError(
            `Introspection is turned off on this server (${why}): ${node.name.value} cannot be queried`,
            { nodes: node, extensions: { code: INTROSPECTION_DISABLED } },
          ),
        );
      },
    };
  };
}

/** Introspection off as a yoga plugin: noIntrospectionRule joins validation. */
export function useNoIntrospection(offBy?: IntrospectionOffBy): Plugin {
  const rule = noIntrospectionRule(offBy);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
