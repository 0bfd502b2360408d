import type { FieldMap } from '@pothos/core';
import { omittableList, present, presentList } from '../resolvers/bad-values.js';
import type { SimplifiedShow } from '../spotify/endpoints/objects.js';
import type { builder } from './builder.js';
import { CopyrightRef } from './common.js';

/**
 * What a show and an audiobook share, as Spotify gives both (ShowObject and AudiobookObject, simplified
 * or full): a publisher, their prose, rights and markets.
 */
export type DescribedShape = Pick<
  SimplifiedShow,
  | 'publisher'
  | 'description'
  | 'html_description'
  | 'explicit'
  | 'languages'
  | 'copyrights'
  | 'available_markets'
>;

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The field builder of a described object's type (`Show` or `Audiobook`). */
type DescribedBuilder<Shape extends DescribedShape> = PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>;

/**
 * `description` and `htmlDescription` of a `typeName`, as Spotify writes them for shows, audiobooks,
 * episodes and chapters alike: each null with its own error (at `typeName.field`) when Spotify's answer
 * lacks it or sends it of another type (src/resolvers/bad-values.ts).
 */
export function proseFields<Shape extends Pick<DescribedShape, 'description' | 'html_description'>>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  typeName: 'Show' | 'Audiobook' | 'Episode' | 'Chapter',
): FieldMap {
  return {
    description: t.string({
      nullable: true,
      description: 'Plain text, HTML tags removed.',
      resolve: (item) => present(item.description, `${typeName}.description`),
    }),
    htmlDescription: t.string({
      nullable: true,
      description: 'May contain HTML tags.',
      resolve: (item) => present(item.html_description, `${typeName}.htmlDescription`),
    }),
  };
}

/** `publisher`: null when Spotify sends none (no error: Development Mode apps never get it). */
export function publisherField<Shape extends DescribedShape>(t: DescribedBuilder<Shape>): FieldMap {
  return {
    publisher: t.string({
      nullable: true,
      description:
        'Null when Spotify sends none (its February 2026 change removed it for Development Mode apps).',
      resolve: (item) => item.publisher ?? null,
    }),
  };
}

/**
 * `description`, `htmlDescription`, `explicit` and `languages` of a `typeName` (`Show` or `Audiobook`):
 * Spotify's data beyond the object's identity, each null with its own error (at `typeName.field`) when
 * Spotify's answer lacks it or sends it of another type (src/resolvers/bad-values.ts), its siblings answer.
 */
export function describedFields<Shape extends DescribedShape>(
  t: DescribedBuilder<Shape>,
  typeName: 'Show' | 'Audiobook',
): FieldMap {
  return {
    ...proseFields(t, typeName),
    explicit: t.boolean({
      nullable: true,
      resolve: (item) => present(item.explicit, `${typeName}.explicit`),
    }),
    languages: t.stringList({
      nullable: { list: true, items: true },
      description: 'ISO 639 language codes.',
      resolve: (item) => presentList(item.languages, `${typeName}.languages`),
    }),
  };
}

/**
 * `copyrights` and `availableMarkets` of a `typeName` (`Show` or `Audiobook`); `noun` words the markets'
 * description. Markets are null when Spotify leaves the list out (omittableList), not an error.
 */
export function rightsFields<Shape extends DescribedShape>(
  t: DescribedBuilder<Shape>,
  typeName: 'Show' | 'Audiobook',
  noun: 'show' | 'audiobook',
): FieldMap {
  return {
    copyrights: t.field({
      type: [CopyrightRef],
      nullable: { list: true, items: true },
      resolve: (item) => presentList(item.copyrights, `${typeName}.copyrights`),
    }),
    availableMarkets: t.stringList({
      nullable: { list: true, items: true },
      description: `Markets where the ${noun} is available; null when Spotify leaves the list out (it does when a market was given or a user token's country applied, and always for a Development Mode app).`,
      resolve: (item) => omittableList(item.available_markets, `${typeName}.availableMarkets`),
    }),
  };
}
