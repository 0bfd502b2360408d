/**
 * Every field Spotify's February 2026 change stops sending to Development Mode apps says in its schema
 * description that it is null there (s38, issue 7 item 5, LOW: `User.followerCount` did not). The
 * fields are those the emulator leaves out for its Development app (DEVELOPMENT_REMOVED_FIELDS), under
 * the schema's names.
 */
import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

const FIELDS: [string, string][] = [
  ['Album', 'availableMarkets'],
  ['Album', 'label'],
  ['Album', 'popularity'],
  ['Artist', 'followerCount'],
  ['Artist', 'popularity'],
  ['Track', 'availableMarkets'],
  ['Track', 'popularity'],
  ['Show', 'availableMarkets'],
  ['Show', 'publisher'],
  ['Audiobook', 'availableMarkets'],
  ['Audiobook', 'publisher'],
  ['Chapter', 'availableMarkets'],
  ['User', 'followerCount'],
  ['Me', 'country'],
  ['Me', 'email'],
  ['Me', 'explicitContent'],
  ['Me', 'followerCount'],
  ['Me', 'product'],
];

describe('fields Development Mode nulls say so', () => {
  it.each(FIELDS)('%s.%s is nullable and its description names Development Mode', (type, field) => {
    const found = schema.getType(type);
    expect(found).toBeInstanceOf(GraphQLObjectType);
    const definition = (found as GraphQLObjectType).getFields()[field];
    expect(definition?.description).toMatch(/Development Mode/);
    expect(String(definition?.type).endsWith('!')).toBe(false);
  });
});
