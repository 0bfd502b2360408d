/**
 * With a user token Spotify answers for the user's own country whatever `market` asks (its documented
 * rule), so the schema says so on every `market` argument and on the fields that depend on the market
 * (v10 attack on issue 7, F12): a signed-in client is never told that `isPlayable` is for the market it
 * asked. Read from the printed schema (schema.graphql, kept current by `npm run schema:check`).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const fields = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) || isInterfaceType(type))
  .flatMap((type) =>
    Object.values(type.getFields()).map((field) => ({ at: `${type.name}.${field.name}`, field })),
  );

describe('market in the schema documentation', () => {
  it("every market argument says a user token's country wins", () => {
    const markets = fields.flatMap(({ at, field }) =>
      field.args
        .filter((arg) => arg.name === 'market')
        .map((arg) => ({ at, description: arg.description ?? '' })),
    );
    expect(markets.length).toBeGreaterThan(15);
    const silent = markets
      .filter(({ description }) => !/user's own country/.test(description))
      .map(({ at }) => at);
    expect(silent).toEqual([]);
  });

  it('isPlayable, restrictionReason and relinkedUri say whose country they are for', () => {
    const dependent = fields.filter(({ at }) =>
      /^(Track|Episode|Chapter)\.(isPlayable|relinkedUri)$|^Track\.restrictionReason$/.test(at),
    );
    expect(dependent.map(({ at }) => at).sort()).toEqual(
      [
        'Chapter.isPlayable',
        'Episode.isPlayable',
        'Track.isPlayable',
        'Track.relinkedUri',
        'Track.restrictionReason',
      ].sort(),
    );
    for (const { field } of dependent) expect(field.description).toMatch(/user's own country/);
  });
});
