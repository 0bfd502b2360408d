import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * INTROSPECTION=false: introspection queries (`__schema`, `__type`) fail validation, through
 * graphql-js's own NoSchemaIntrospectionCustomRule. `__typename` still answers.
 */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
