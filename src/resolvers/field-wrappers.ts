import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';

/** A field's resolver in place of `resolve`, or undefined to leave the field as it is. */
export type FieldWrap = (
  resolve: GraphQLFieldResolver<unknown, unknown>,
  field: GraphQLField<unknown, unknown>,
  typeName: string,
) => GraphQLFieldResolver<unknown, unknown> | undefined;

/**
 * Gives each field of `schema`'s own object types (introspection's left alone) the resolver `wrap`
 * answers for it, in place: the one walk of the built schema for the checks that wrap its resolvers
 * (settled-lists.ts, strict-values.ts). `wrap` gets the field's resolver, graphql's default one where
 * the field has none. Answers `schema`.
 */
export function wrapResolvers(schema: GraphQLSchema, wrap: FieldWrap): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const wrapped = wrap(field.resolve ?? defaultFieldResolver, field, type.name);
      if (wrapped !== undefined) field.resolve = wrapped;
    }
  }
  return schema;
}
