import type { OutputRef } from '@pothos/core';
import type { GraphQLError } from 'graphql';
import { carriedValue, present } from '../resolvers/bad-values.js';
import { savedAt } from '../resolvers/library.js';
import { type Connection, connectionEdges, type Edge, type PageInfo } from '../resolvers/paging.js';
import { connectionNodes, edgeNode, type PLAYABLE_TYPES } from '../resolvers/unmodelled.js';
import type { Copyright, Image } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';

export const ImageRef = builder.objectRef<Image>('Image').implement({
  description: 'An image (cover art, profile picture) in one size.',
  fields: (t) => ({
    // The image's identity: an entry without a url is that entry's null in its list (with its error).
    url: t.exposeString('url'),
    width: t.int({ nullable: true, resolve: (image) => image.width ?? null }),
    height: t.int({ nullable: true, resolve: (image) => image.height ?? null }),
  }),
});

export const CopyrightRef = builder.objectRef<Copyright>('Copyright').implement({
  fields: (t) => ({
    text: t.string({ nullable: true, resolve: (c) => present(c.text, 'Copyright.text') }),
    type: t.string({
      nullable: true,
      description: 'C: copyright; P: sound recording (performance) copyright.',
      resolve: (c) => present(c.type, 'Copyright.type'),
    }),
  }),
});

export const PageInfoRef = builder.objectRef<PageInfo>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage'),
    startCursor: t.exposeString('startCursor', { nullable: true }),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

/** Connection arguments shared by every list: Relay's `first`/`after`, plus Spotify's `offset`. */
export const connectionArgs = builder.args((t) => ({
  first: t.int({
    required: false,
    description:
      'How many items (default 20, at most 500; more than one Spotify page is fetched concurrently).',
  }),
  after: t.string({ required: false, description: 'The cursor of the item to continue after.' }),
  offset: t.int({ required: false, description: 'Index of the first item (instead of `after`).' }),
}));

/** Cursor-paged lists (followed artists, recently played) take `first` and `after` only. */
export const cursorConnectionArgs = builder.args((t) => ({
  first: t.int({ required: false, description: 'How many items, 1 to 50 (default 20).' }),
  after: t.string({ required: false, description: 'The cursor to continue after.' }),
}));

/** An edge that also says when the item was added (saved items, playlist items). */
export interface DatedEdge<T> extends Edge<T> {
  /** The error of an entry Spotify sent that is none (see savedConnection). */
  addedAt?: string | null | GraphQLError;
}

const connectionTypes = new Map<string, unknown>();

/**
 * Every list of playlists (search, a category's, featured, the user's, another user's): a `null` entry
 * is a playlist Spotify withholds from the app, not a bad value. Spotify sends such nulls in search's
 * playlist pages while tracks, artists and albums come whole (JohnnyCrazy/SpotifyAPI-NET#1012, #1033,
 * 2025): the edge keeps its place and cursor, its node null without an error, and `totalCount` stays
 * Spotify's, as for withheld shows. The same entry in the other playlist lists is read the same way:
 * one GraphQL type serves them all, and connection types are made once per name (connectionType).
 */
export const WITHHELD_PLAYLISTS = { withheld: true } as const;

/** What every connection's `edges` says of its one null entry (src/resolvers/paging.ts, Connection.cut). */
export const EDGES_DESCRIPTION =
  'The items read, in order. When Spotify failed to answer a later page of the window (or answered it empty before the end its total counts), the edges read before it are kept and the list ends with one null entry carrying that error; `pageInfo.endCursor` is the last edge read and `hasNextPage` is true, so `after: endCursor` reads on from there.';

/**
 * `<Name>Connection` and `<Name>Edge` for a node type: edges, nodes, pageInfo and totalCount.
 * `addedAt` adds the date the item was saved or added to the edge. `items` names the Spotify types
 * the nodes are (tracks, episodes): an item of another type or without an id is that node's null with
 * a SPOTIFY_UNSUPPORTED_ITEM error (see modelledItem), never an object of the wrong type.
 */
export function connectionType(
  name: string,
  nodeRef: OutputRef<unknown>,
  options: {
    addedAt?: boolean;
    items?: readonly (typeof PLAYABLE_TYPES)[number][];
    /** A null entry is an item Spotify withholds: null without an error (ConnectionNodeOptions.withheld). */
    withheld?: boolean;
  } = {},
) {
  // How each node is checked; an entry's error object is that entry's null and error (GraphQL completes it so).
  const entries = { saved: options.addedAt, types: options.items, withheld: options.withheld };
  const existing = connectionTypes.get(name);
  if (existing) return existing as ReturnType<typeof builder.objectRef<Connection<unknown>>>;
  const edgeRef = builder.objectRef<DatedEdge<unknown>>(`${name}Edge`).implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      // Nullable: Spotify sends null (removed) items in lists; one must not null the whole list.
      node: t.field({ type: nodeRef, nullable: true, resolve: (edge) => edgeNode(edge.node, name, entries) }),
      ...(options.addedAt
        ? {
            addedAt: t.string({
              nullable: true,
              description: 'When the item was added (ISO 8601).',
              resolve: savedAt,
            }),
          }
        : {}),
    }),
  });
  const ref = builder.objectRef<Connection<unknown>>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({
        type: [edgeRef],
        nullable: { list: false, items: true },
        description: EDGES_DESCRIPTION,
        resolve: (c) => connectionEdges(c),
      }),
      nodes: t.field({
        type: [nodeRef],
        nullable: { list: false, items: true },
        resolve: (c) => connectionNodes(c, name, entries),
      }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
      totalCount: t.int({
        nullable: true,
        description:
          "All items in the list, as Spotify counts them (items it leaves out included): its first page's figure, or, once the window reads the list to its end, the last page's (Spotify's pages can disagree).",
        resolve: (c) => carriedValue(c.totalCount),
      }),
    }),
  });
  connectionTypes.set(name, ref);
  return ref;
}

/**
 * What every `market` argument says: Spotify's rule that a user token's country wins over the market
 * asked (Spotify's reference for each `market` parameter: "If a valid user access token is specified in
 * the request header, the country associated with the user account will take priority over this
 * parameter"). v10 attack on issue 7, F12.
 */
export const MARKET_DESCRIPTION =
  "An ISO 3166-1 alpha-2 country code, or `from_token`: the market the answer's availability (`isPlayable`, `restrictionReason`) and relinking are for. Signed in (a user token), Spotify answers for the user's own country instead, whatever market is given; only an anonymous request is answered for the market asked. With no market, Spotify judges no track's playability and relinks none, signed in or not.";

/**
 * The `market` of shows, episodes, audiobooks, chapters and search: MARKET_DESCRIPTION, and the default
 * an anonymous request gets (src/resolvers/app-market.ts).
 */
export const PODCAST_MARKET_DESCRIPTION = `${MARKET_DESCRIPTION} Anonymous, with no market given here nor by a parent, shows, episodes, audiobooks and chapters (and searches for them) are asked in the server's SPOTIFY_DEFAULT_MARKET (default \`US\`): Spotify has none of them for the app's own token without a market.`;

/** What fields that depend on the market say: for a signed-in user, the user's country decides (see MARKET_DESCRIPTION). */
/**
 * What a field Spotify's February 2026 change stopped sending to Development Mode apps says
 * (src/emulator/development-fields.ts lists them): null there, with no error.
 */
export const DEVELOPMENT_NULL =
  "Null for a Development Mode app (Spotify's February 2026 change stopped sending it).";

export const MARKET_NOTE =
  "Signed in (a user token), this is for the user's own country, whatever `market` asked (Spotify's rule).";
