import { present, presentList } from '../resolvers/bad-values.js';
import { categories, category, categoryPlaylists } from '../resolvers/browse.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, ImageRef, WITHHELD_PLAYLISTS } from './common.js';
import { DEVELOPMENT_MODE_REASON, NODE_NAME_DESCRIPTION } from './node.js';
import { CategoryRef, PlaylistRef } from './refs.js';

export const PlaylistConnection = connectionType('Playlist', PlaylistRef, WITHHELD_PLAYLISTS);
const CategoryConnection = connectionType('Category', CategoryRef);

CategoryRef.implement({
  description: 'A browse category (Spotify has no URI for these, so it is not a Node).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Spotify category id, e.g. "toplists".' }),
    name: t.string({
      nullable: true,
      description: `In the locale asked. ${NODE_NAME_DESCRIPTION}`,
      resolve: (category) => present(category.name, 'Category.name'),
    }),
    href: t.string({ nullable: true, resolve: (category) => present(category.href, 'Category.href') }),
    icons: t.field({
      type: [ImageRef],
      nullable: { list: true, items: true },
      resolve: (category) => presentList(category.icons, 'Category.icons'),
    }),
    playlists: t.field({
      type: PlaylistConnection,
      nullable: true,
      deprecationReason: DEVELOPMENT_MODE_REASON,
      description: "The category's editorial playlists.",
      args: connectionArgs,
      resolve: (parent, args, ctx, info) => categoryPlaylists(ctx, parent, args, info),
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
    args: { id: t.arg.id({ required: true }), locale: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) => category(ctx, args, info),
  }),
  categories: t.field({
    type: CategoryConnection,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'The browse categories, their names in `locale`.',
    args: { ...connectionArgs, locale: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) => categories(ctx, args, info),
  }),
}));
