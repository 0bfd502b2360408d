import type { GraphQLContext } from '../resolvers/context.js';
import { badInput } from '../resolvers/errors.js';
import { checkMarket } from '../resolvers/ids.js';
import { type Connection, type OffsetPage, offsetConnection } from '../resolvers/paging.js';
import { SEARCH_WINDOW, searchWindow } from '../resolvers/search-window.js';
import type { SearchResults, SearchType } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { AlbumConnection } from './album.js';
import { builder } from './builder.js';
import { PlaylistConnection } from './category.js';
import { connectionArgs, connectionType } from './common.js';
import { ArtistRef, AudiobookRef, EpisodeRef, ShowRef, TrackRef } from './refs.js';

const SEARCH_TYPES = ['ALBUM', 'ARTIST', 'PLAYLIST', 'TRACK', 'SHOW', 'EPISODE', 'AUDIOBOOK'] as const;

const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'What kinds of items a search looks for.',
  values: SEARCH_TYPES,
});

/** Development Mode apps get at most 10 results per page; others what the endpoint table allows. */
function pageSize(ctx: GraphQLContext): number {
  const max = endpoints.search.params.find((param) => param.name === 'limit')?.max ?? 10;
  return ctx.client.appMode === 'development' ? Math.min(10, max) : max;
}

type Results = Partial<Record<SearchType, Connection<unknown>>>;

const SearchResultRef = builder.objectRef<Results>('SearchResult').implement({
  description: 'One connection per type searched; a type not asked for is null.',
  fields: (t) => ({
    albums: t.field({ type: AlbumConnection, nullable: true, resolve: (r) => r.album ?? null }),
    artists: t.field({
      type: connectionType('Artist', ArtistRef),
      nullable: true,
      resolve: (r) => r.artist ?? null,
    }),
    tracks: t.field({
      type: connectionType('Track', TrackRef),
      nullable: true,
      resolve: (r) => r.track ?? null,
    }),
    playlists: t.field({ type: PlaylistConnection, nullable: true, resolve: (r) => r.playlist ?? null }),
    shows: t.field({ type: connectionType('Show', ShowRef), nullable: true, resolve: (r) => r.show ?? null }),
    episodes: t.field({
      type: connectionType('Episode', EpisodeRef),
      nullable: true,
      resolve: (r) => r.episode ?? null,
    }),
    audiobooks: t.field({
      type: connectionType('Audiobook', AudiobookRef),
      nullable: true,
      resolve: (r) => r.audiobook ?? null,
    }),
  }),
});

const pageOf = (answer: SearchResults, type: SearchType): OffsetPage<unknown> | undefined =>
  answer[`${type}s`] as OffsetPage<unknown> | undefined;

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultRef,
    nullable: true,
    description:
      "Search the catalog. `query` takes Spotify's filters (artist:, album:, track:, year:, genre:, isrc:, upc:, tag:new, tag:hipster). All types come from one Spotify call per page; `first` beyond a page fetches the further pages at once.",
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], required: true }),
      market: t.arg.string({ required: false }),
      includeExternal: t.arg.boolean({
        required: false,
        description: 'Whether externally hosted audio counts as playable.',
      }),
      ...connectionArgs,
    },
    resolve: async (_root, args, ctx) => {
      const q = args.query.trim();
      if (q === '') throw badInput('query must not be empty', 'query');
      const types = [...new Set(args.types.map((type) => type.toLowerCase() as SearchType))];
      if (types.length === 0) throw badInput('types must name at least one type', 'types');
      const market = checkMarket(args.market);
      const { offset, first } = searchWindow(args);
      const size = pageSize(ctx);
      const search = (only: readonly SearchType[], at: number, limit: number) =>
        ctx.api.search.query(q, only, {
          offset: at,
          limit,
          ...(market === undefined ? {} : { market }),
          ...(args.includeExternal ? { includeExternal: 'audio' as const } : {}),
          authToken: ctx.token,
        });

      // One call for the first page of every type; only `first: 0` still needs it (for the totals).
      const headLimit = Math.max(1, Math.min(first, size));
      const head = await search(types, offset, headLimit);
      const items = new Map<SearchType, unknown[]>(
        types.map((type) => [type, [...(pageOf(head, type)?.items ?? [])]]),
      );

      // Further pages: one call per page for the types that still have results there.
      const pages: { type: SearchType; at: number; items: unknown[] }[] = [];
      const later: Promise<void>[] = [];
      for (let at = offset + headLimit; at < offset + first; at += size) {
        const limit = Math.min(size, offset + first - at);
        const only = types.filter((type) => {
          const page = pageOf(head, type);
          return page !== undefined && page.items.length === headLimit && page.total > at;
        });
        if (only.length === 0) break;
        later.push(
          search(only, at, limit).then((answer) => {
            for (const type of only) pages.push({ type, at, items: pageOf(answer, type)?.items ?? [] });
          }),
        );
      }
      await Promise.all(later);
      // Answers arrive in any order: put each type's pages back in offset order.
      pages.sort((a, b) => a.at - b.at);
      for (const page of pages) items.get(page.type)?.push(...page.items);

      const results: Results = {};
      for (const type of types) {
        const all = items.get(type) ?? [];
        const total = pageOf(head, type)?.total ?? 0;
        const connection = await offsetConnection<unknown>({ first, offset }, Math.max(1, first), () =>
          Promise.resolve({ items: all, total, next: null }),
        );
        // Spotify may hide an item (null in its page): it leaves a gap in the cursors, not a null node.
        const edges = connection.edges.filter((edge) => edge.node !== null && edge.node !== undefined);
        // Spotify refuses pages beyond its search window: never promise one there.
        const pageInfo = {
          ...connection.pageInfo,
          hasNextPage: connection.pageInfo.hasNextPage && offset + all.length < SEARCH_WINDOW,
        };
        results[type] = { ...connection, pageInfo, edges, nodes: edges.map((edge) => edge.node) };
      }
      return results;
    },
  }),
}));
