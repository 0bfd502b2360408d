import { load, MAX_IDS } from '../resolvers/catalog.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { badInput } from '../resolvers/errors.js';
import { parseUri, type SpotifyType, uriOf } from '../resolvers/ids.js';
import { localTrackOf } from '../resolvers/local-files.js';
import type { ExternalUrls } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';

/** What every Spotify object with a URI has. */
export interface SpotifyObject {
  id: string;
  uri: string;
  href: string;
  type: string;
  external_urls?: ExternalUrls;
}

const TYPE_NAMES: Record<SpotifyType, string> = {
  album: 'Album',
  artist: 'Artist',
  track: 'Track',
  show: 'Show',
  episode: 'Episode',
  audiobook: 'Audiobook',
  chapter: 'Chapter',
  playlist: 'Playlist',
  user: 'User',
};

/** The Spotify type of an object; chapters say `episode` in their `type`, so their number tells them apart. */
export function spotifyTypeOf(object: SpotifyObject): SpotifyType {
  if ('chapter_number' in object) return 'chapter';
  return object.type as SpotifyType;
}

/**
 * Whether Spotify gave the object an id. Local files in playlists come as track objects with
 * `id: null` (and albums and artists without ids), although the shared shapes say `string`.
 */
export function hasSpotifyId(object: { id?: string | null }): boolean {
  return typeof object.id === 'string' && object.id !== '';
}

/** `Node.id`: the URI built from type and id, or for a local file its own `spotify:local:` URI. */
export function nodeIdOf(object: SpotifyObject): string {
  return hasSpotifyId(object) ? uriOf(spotifyTypeOf(object), object.id) : object.uri;
}

export const DEVELOPMENT_MODE_REASON =
  'Spotify removed this for apps in Development Mode (2024-2026): it works for Extended Quota apps only, and fails with NOT_AVAILABLE_IN_DEVELOPMENT_MODE otherwise.';

export const NodeRef = builder.interfaceRef<SpotifyObject>('Node').implement({
  description:
    'A Spotify object with a URI. `id` is that URI (e.g. `spotify:album:...`), usable with `node(id:)`.',
  resolveType: (object) => TYPE_NAMES[spotifyTypeOf(object)],
  fields: (t) => ({
    id: t.id({
      description:
        'The Spotify URI, as a globally unique id. A local file, which has no Spotify id, has its `spotify:local:` URI.',
      resolve: (o) => nodeIdOf(o),
    }),
    spotifyId: t.string({
      nullable: true,
      description: 'The base62 Spotify id (a user name for users); null for a local file.',
      resolve: (o) => (hasSpotifyId(o) ? o.id : null),
    }),
    uri: t.string({ description: 'The Spotify URI as Spotify gives it.', resolve: (o) => o.uri }),
    href: t.string({
      nullable: true,
      description: 'The Web API endpoint with the full object; null for a local file.',
      resolve: (o) => o.href ?? null,
    }),
    externalUrl: t.string({
      nullable: true,
      description: 'Where to open it on Spotify.',
      resolve: (o) => o.external_urls?.spotify ?? null,
    }),
  }),
});

type NodeFetcher = (ctx: GraphQLContext, id: string) => Promise<SpotifyObject>;

const fetchers = new Map<SpotifyType, NodeFetcher>([
  ['album', (ctx, id) => load(ctx, 'album', id)],
  ['artist', (ctx, id) => load(ctx, 'artist', id)],
  ['track', (ctx, id) => load(ctx, 'track', id)],
  ['show', (ctx, id) => load(ctx, 'show', id)],
  ['episode', (ctx, id) => load(ctx, 'episode', id)],
  ['audiobook', (ctx, id) => load(ctx, 'audiobook', id)],
  ['chapter', (ctx, id) => load(ctx, 'chapter', id)],
]);

/** Types that are not catalog-loadable (playlists, users) register how `node(id:)` fetches them. */
export function registerNodeFetcher(type: SpotifyType, fetch: NodeFetcher): void {
  fetchers.set(type, fetch);
}

function fetchNode(ctx: GraphQLContext, id: string, argument = 'id'): Promise<SpotifyObject> {
  // A local file's id is the URI the server handed out: Spotify has nothing to fetch, the URI says all.
  const local = localTrackOf(id);
  if (local) return Promise.resolve(local as unknown as SpotifyObject);
  const parsed = parseUri(id);
  if (!parsed)
    throw badInput(
      `${argument} must be a Spotify URI such as spotify:album:<id>, got ${JSON.stringify(id)}`,
      argument,
    );
  const fetch = fetchers.get(parsed.type);
  if (!fetch) throw badInput(`No node type for ${parsed.type}`, argument);
  return fetch(ctx, parsed.id);
}

/** `fetchNode` with a refused id as a rejection, so it fails only its own entry of a list. */
function settleNode(ctx: GraphQLContext, id: string, argument: string): Promise<SpotifyObject> {
  try {
    return fetchNode(ctx, id, argument);
  } catch (error) {
    return Promise.reject(error);
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any Spotify object by its URI.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => fetchNode(ctx, String(args.id)),
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: `Many Spotify objects by URI (at most ${MAX_IDS}); an unknown one is null with its own error.`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} ids, got ${args.ids.length}`, 'ids');
      // A refused id is its own entry's error (null in the list) and costs no Spotify call.
      return args.ids.map((id, i) => settleNode(ctx, String(id), `ids[${i}]`));
    },
  }),
}));
