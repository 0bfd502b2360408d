import { MAX_IDS } from '../resolvers/catalog.js';
import {
  fetchNode,
  fetchNodes,
  nodeExternalUrl,
  nodeIdOf,
  nodeTypeName,
  nodeUriOf,
  type SpotifyObject,
  spotifyIdOf,
} from '../resolvers/nodes.js';
import { builder } from './builder.js';
import { OBJECT_ID, OBJECT_IDS } from './id-args.js';

export const DEVELOPMENT_MODE_REASON =
  'Spotify removed this for apps in Development Mode (2024-2026): it works for Extended Quota apps only, and fails with NOT_AVAILABLE_IN_DEVELOPMENT_MODE otherwise.';

/**
 * The description of `name` on the types that implement `Node`. Spotify's reference requires no name
 * of a track, an artist or a playlist (nor a title of a local file), so those are nullable; the types
 * whose reference requires one (album, show, episode, audiobook, chapter) are nullable too, because
 * fragments on two types that select the same field must agree on its nullability (`... on Track { name }
 * ... on Episode { name }` in a playlist's items, the player, `nodes`).
 */
export const NODE_NAME_DESCRIPTION =
  "The name as Spotify gives it; null with a SPOTIFY_UNAVAILABLE error (`badValue`) when Spotify sent none, the object's other fields answering.";

export const NodeRef = builder.interfaceRef<SpotifyObject>('Node').implement({
  description:
    'A Spotify object with a URI. `id` is that URI (e.g. `spotify:album:...`), usable with `node(id:)`.',
  resolveType: nodeTypeName,
  fields: (t) => ({
    id: t.id({
      description: 'The Spotify URI, as a globally unique id.',
      resolve: (o) => nodeIdOf(o),
    }),
    spotifyId: t.string({
      nullable: true,
      description: 'The base62 Spotify id (a user name for users).',
      resolve: spotifyIdOf,
    }),
    uri: t.string({
      description:
        'The Spotify URI as Spotify gives it; built from the type and id (the `id` above) when Spotify leaves it out. An object whose uri names another object is null in its place with its error, whatever the query selects.',
      resolve: (o) => nodeUriOf(o),
    }),
    href: t.string({
      nullable: true,
      description: 'The Web API endpoint with the full object.',
      resolve: (o) => o.href ?? null,
    }),
    externalUrl: t.string({
      nullable: true,
      description: 'Where to open it on Spotify.',
      resolve: nodeExternalUrl,
    }),
  }),
});

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any Spotify object by its URI or share link.',
    args: { id: t.arg.id({ required: true, description: OBJECT_ID }) },
    resolve: (_root, args, ctx, info) => fetchNode(ctx, args.id, 'id', info),
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: true, items: true },
    description: `Many Spotify objects by URI or share link (at most ${MAX_IDS}); unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused).`,
    args: { ids: t.arg.idList({ required: true, description: OBJECT_IDS }) },
    resolve: (_root, args, ctx, info) => fetchNodes(ctx, args.ids, info),
  }),
}));
