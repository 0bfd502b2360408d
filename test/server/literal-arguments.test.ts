import {
  type ArgumentNode,
  type GraphQLField,
  getArgumentValues,
  isObjectType,
  Kind,
  type ValueNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { literalArguments } from '../../src/server/call-estimate.js';

/**
 * The cost estimate's shortcut for literal arguments (literalArguments, src/server/call-estimate.ts)
 * answers what graphql-js's getArgumentValues answers, or nothing (getArgumentValues then coerces):
 * on every field of the schema that takes arguments, with each argument given alone and all together
 * as strings, integers in and out of Int's bounds, booleans and null, given twice, or unknown.
 */
const values: Record<string, ValueNode> = {
  string: { kind: Kind.STRING, value: 'x' },
  int: { kind: Kind.INT, value: '10' },
  negative: { kind: Kind.INT, value: '-3' },
  tooBig: { kind: Kind.INT, value: '2147483648' },
  tooSmall: { kind: Kind.INT, value: '-2147483649' },
  boolean: { kind: Kind.BOOLEAN, value: true },
  null: { kind: Kind.NULL },
};

const argument = (name: string, value: ValueNode): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value,
});

function fieldsWithArguments(): GraphQLField<unknown, unknown>[] {
  const fields: GraphQLField<unknown, unknown>[] = [];
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !type.name.startsWith('__'))
      for (const field of Object.values(type.getFields())) if (field.args.length > 0) fields.push(field);
  return fields;
}

/** getArgumentValues' answer, or 'throws'. */
function coerced(field: GraphQLField<unknown, unknown>, given: ArgumentNode[]): unknown {
  try {
    return getArgumentValues(field, {
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: field.name },
      arguments: given,
    });
  } catch {
    return 'throws';
  }
}

describe('literalArguments', () => {
  it('answers as getArgumentValues wherever it answers, on every field with arguments', () => {
    let answered = 0;
    let compared = 0;
    for (const field of fieldsWithArguments()) {
      const cases: ArgumentNode[][] = [[]];
      for (const value of Object.values(values)) {
        for (const arg of field.args) cases.push([argument(arg.name, value)]);
        cases.push(field.args.map((arg) => argument(arg.name, value)));
        cases.push([...field.args.map((arg) => argument(arg.name, value)), argument('unknown', value)]);
        const first = field.args[0];
        if (first)
          cases.push([argument(first.name, value), argument(first.name, values.string as ValueNode)]);
      }
      for (const given of cases) {
        compared++;
        const literal = literalArguments(field, given);
        if (literal === undefined) continue;
        answered++;
        expect({ field: field.name, given, literal }).toEqual({
          field: field.name,
          given,
          literal: coerced(field, given),
        });
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(answered).toBeGreaterThan(100);
  });

  it('answers an album by id and a window of tracks without getArgumentValues', () => {
    const album = schema.getQueryType()?.getFields().album;
    const tracks = schema.getType('Album');
    expect(album && literalArguments(album, [argument('id', values.string as ValueNode)])).toEqual({
      id: 'x',
    });
    const window = isObjectType(tracks) ? tracks.getFields().tracks : undefined;
    expect(window && literalArguments(window, [argument('first', values.int as ValueNode)])).toEqual(
      window &&
        getArgumentValues(window, {
          kind: Kind.FIELD,
          name: { kind: Kind.NAME, value: 'tracks' },
          arguments: [argument('first', values.int as ValueNode)],
        }),
    );
    expect(window && literalArguments(window, [argument('first', values.int as ValueNode)])).toBeDefined();
  });
});
