import { badInput } from '../resolvers/errors.js';
import { offsetConnection } from '../resolvers/paging.js';
import type { Category, Page, SimplifiedPlaylist } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, ImageRef } from './common.js';
import { DEVELOPMENT_MODE_REASON } from './node.js';
import { CategoryRef, PlaylistRef } from './refs.js';

export const PlaylistConnection = connectionType('Playlist', PlaylistRef);
const CategoryConnection = connectionType('Category', CategoryRef);

const LOCALE = /^[a-z]{2}(_[A-Z]{2})?$/;
const CATEGORY_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** A locale such as `sv_SE` (ISO 639-1 language, underscore, ISO 3166-1 country). */
export function checkLocale(value: string | null | undefined, argument = 'locale'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!LOCALE.test(value)) {
    throw badInput(`${argument} must be a locale such as "sv_SE", got ${JSON.stringify(value)}`, argument);
  }
  return value;
}

function checkCategoryId(value: string, argument = 'id'): string {
  if (!CATEGORY_ID.test(value)) {
    throw badInput(`${argument} must be a Spotify category id, got ${JSON.stringify(value)}`, argument);
  }
  return value;
}

const withLocale = (locale: string | undefined) => (locale === undefined ? {} : { locale });

CategoryRef.implement({
  description: 'A browse category (Spotify has no URI for these, so it is not a Node).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Spotify category id, e.g. "toplists".' }),
    name: t.exposeString('name', { description: 'In the locale asked.' }),
    href: t.exposeString('href'),
    icons: t.field({ type: [ImageRef], resolve: (category) => category.icons ?? [] }),
    playlists: t.field({
      type: PlaylistConnection,
      nullable: true,
      deprecationReason: DEVELOPMENT_MODE_REASON,
      description: "The category's editorial playlists.",
      args: connectionArgs,
      resolve: (category, args, ctx) =>
        offsetConnection<SimplifiedPlaylist>(args, 50, async (offset, limit) => {
          const answer = await ctx.api.browse.categoryPlaylists(category.id, {
            offset,
            limit,
            authToken: ctx.token,
          });
          return answer.playlists;
        }),
    }),
  }),
});

// Deprecated fields are nullable: failing in Development Mode, they leave the rest of the response intact.
builder.queryFields((t) => ({
  category: t.field({
    type: CategoryRef,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'A browse category by id, its name in `locale`.',
    args: { id: t.arg.string({ required: true }), locale: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => {
      const id = checkCategoryId(args.id);
      const locale = checkLocale(args.locale);
      return ctx.api.browse.category(id, {
        ...withLocale(locale),
        authToken: ctx.token,
      }) as Promise<Category>;
    },
  }),
  categories: t.field({
    type: CategoryConnection,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'The browse categories, their names in `locale`.',
    args: { ...connectionArgs, locale: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => {
      const locale = checkLocale(args.locale);
      return offsetConnection<Category>(
        args,
        50,
        (offset, limit) =>
          ctx.api.browse.categories({
            offset,
            limit,
            ...withLocale(locale),
            authToken: ctx.token,
          }) as Promise<Page<Category>>,
      );
    },
  }),
}));
