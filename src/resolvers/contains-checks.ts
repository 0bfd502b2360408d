/**
 * The signed-in user's "contains" checks (`libraryContains`, `followsArtists`, `followsUsers`,
 * `followsPlaylist`) through one DataLoader per request: the same URI asked by two fields (aliases, two
 * `me`, a fragment) is one entry, and the URIs of one kind asked by the fields of one level go out
 * together, split only at the endpoint's limit and at its share of the query string (the client's
 * splitter, splitList: long user names take more calls) (Spotify's reference: `/me/tracks/contains` and the
 * other per-type checks take 50 ids, `/me/albums/contains` 20, `/me/following/contains` 50,
 * `/me/library/contains` 40 URIs of any type). Both executors make the same calls.
 */
import DataLoader from 'dataloader';
import { chunk, oneAnswerEach, splitList } from '../spotify/endpoints/batching.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { EndpointSpec } from '../spotify/endpoints/types.js';
import { asError, SpotifyAPIError } from '../spotify/errors.js';
import { failedAlike } from '../spotify/request-many.js';
import { libraryReadScope } from '../spotify/scopes.js';
import type { GraphQLContext } from './context.js';
import { toGraphQLError } from './errors.js';
import { parseUri, type SpotifyType } from './ids.js';
import { requestLoader } from './request-loads.js';

/**
 * Whether this request reads and writes the library through `/me/library` (Development Mode, or a call
 * of this request already sent there: RequestClient.replaced) rather than per type.
 */
export const usesUnifiedLibrary = (ctx: GraphQLContext): boolean =>
  ctx.client.modeFor(endpoints.saveTracksUser) === 'development' || ctx.client.replaced === true;

/** Where the checks of one kind go: how a list is split into calls, what is sent of a URI, and the call. */
interface CheckRoute {
  /**
   * The entries in slices of one call each: by the endpoint's limit on its list and its share of the
   * query string (splitList, the client's own splitter), what is sent of each entry given by `sentValue`.
   */
  split: <T>(entries: readonly T[], sentValue: (entry: T) => string) => T[][];
  list: 'ids' | 'uris';
  /** One entry per item, in order (an entry that is no boolean is that entry's error: the schema's check). */
  ask: (ctx: GraphQLContext, items: string[]) => Promise<unknown[]>;
  /**
   * The route's own call, without its Development Mode replacement (the probe's: see probeSlice), for
   * the Extended-only routes.
   */
  direct?: (
    ctx: GraphQLContext,
    items: string[],
  ) => { endpoint: EndpointSpec; answer: () => Promise<boolean[]> };
}

/** The direct call of a per-type route that takes an `ids` list (and, for follows, a `type`). */
const directIds =
  (endpoint: EndpointSpec, type?: 'artist' | 'user') => (ctx: GraphQLContext, ids: string[]) => ({
    endpoint,
    answer: () =>
      oneAnswerEach(endpoint, ids, ctx.client.request<boolean[]>(endpoint, { ...ctx.opts(), type, ids })),
  });

const library = (ctx: GraphQLContext) => ctx.api.library;

/** A route's splitter: the client's (splitList) for `endpoint`'s list option `list`. */
const splitBy =
  (endpoint: EndpointSpec, list: 'ids' | 'uris') =>
  <T>(entries: readonly T[], sentValue: (entry: T) => string): T[][] =>
    splitList(endpoint, list, entries, sentValue);

/** The routes by kind: the per-type routes of an Extended app (`unified` for Development Mode's one route). */
const ROUTES: Readonly<Record<SpotifyType | 'unified', CheckRoute | undefined>> = {
  unified: {
    split: splitBy(endpoints.checkLibraryContains, 'uris'),
    list: 'uris',
    ask: (ctx, uris) => library(ctx).contains(uris, ctx.opts()),
  },
  track: {
    split: splitBy(endpoints.checkUsersSavedTracks, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => library(ctx).containsTracks(ids, ctx.opts()),
    direct: directIds(endpoints.checkUsersSavedTracks),
  },
  album: {
    split: splitBy(endpoints.checkUsersSavedAlbums, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => library(ctx).containsAlbums(ids, ctx.opts()),
    direct: directIds(endpoints.checkUsersSavedAlbums),
  },
  show: {
    split: splitBy(endpoints.checkUsersSavedShows, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => library(ctx).containsShows(ids, ctx.opts()),
    direct: directIds(endpoints.checkUsersSavedShows),
  },
  episode: {
    split: splitBy(endpoints.checkUsersSavedEpisodes, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => library(ctx).containsEpisodes(ids, ctx.opts()),
    direct: directIds(endpoints.checkUsersSavedEpisodes),
  },
  audiobook: {
    split: splitBy(endpoints.checkUsersSavedAudiobooks, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => library(ctx).containsAudiobooks(ids, ctx.opts()),
    direct: directIds(endpoints.checkUsersSavedAudiobooks),
  },
  artist: {
    split: splitBy(endpoints.checkCurrentUserFollows, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => ctx.api.follow.isFollowingArtists(ids, ctx.opts()),
    direct: directIds(endpoints.checkCurrentUserFollows, 'artist'),
  },
  user: {
    split: splitBy(endpoints.checkCurrentUserFollows, 'ids'),
    list: 'ids',
    ask: (ctx, ids) => ctx.api.follow.isFollowingUsers(ids, ctx.opts()),
    direct: directIds(endpoints.checkCurrentUserFollows, 'user'),
  },
  // One playlist per call. Spotify's reference gives the route's `ids` (the user's name) as optional and
  // deprecated: the check is the current user's without it, so no `GET /me` is needed first.
  playlist: {
    split: (entries) => chunk(entries, 1),
    list: 'ids',
    ask: async (ctx, ids) => [await ctx.api.playlists.isFollowing(ids[0]!, ctx.opts())],
    direct: (ctx, ids) => {
      const endpoint = endpoints.checkIfUserFollowsPlaylist;
      const answer = () =>
        oneAnswerEach(
          endpoint,
          ids,
          ctx.client.request<boolean[]>(endpoint, { ...ctx.opts(), playlistId: ids[0] }),
        );
      return { endpoint, answer };
    },
  },
  chapter: undefined,
};

/** One URI of a batch: what is sent of it on its route, where its answer goes. */
interface Entry {
  uri: string;
  id: string;
  type: SpotifyType;
  at: number;
}

/** What `route` sends of an entry: its URI or its id. */
const sentOf = (route: CheckRoute, entry: Entry): string => (route.list === 'uris' ? entry.uri : entry.id);

/** Whether auto mode does not know yet whether this request's token's app has the per-type routes. */
const modeUnknown = (ctx: GraphQLContext): boolean => ctx.client.modeFor(endpoints.saveTracksUser) === 'auto';

/**
 * One batch of validated URIs: grouped by route (one group in Development Mode), each group split as its
 * endpoint's calls take it (CheckRoute.split), the slices asked at once. A failed call is the error of its slice's URIs only.
 * While auto mode does not know the app's mode (a caller's token of no known app, a fresh server), one
 * slice of at most `/me/library/contains`' 40 goes first: an Extended app answers it on its route, a
 * Development Mode app refuses it, and the refusal's fallback asks the same URIs in one call; the
 * remaining URIs then go on the route that answer taught, together (v14 attack on issue 11, F1: 400
 * URIs were 8 refused calls and 16 fallback calls, now 1 and 10).
 */
async function checkBatch(ctx: GraphQLContext, uris: readonly string[]): Promise<unknown[]> {
  const answers = new Array<unknown>(uris.length);
  let entries: Entry[] = [];
  uris.forEach((uri, at) => {
    const parsed = parseUri(uri);
    // Validated by the fields before: a URI of no checked type answers false, as Spotify would.
    if (!parsed || !ROUTES[parsed.type]) answers[at] = false;
    else entries.push({ uri, id: parsed.id, type: parsed.type, at });
  });
  if (entries.length > 0 && !usesUnifiedLibrary(ctx) && modeUnknown(ctx)) {
    const type = entries[0]!.type;
    const route = ROUTES[type]!;
    // One call on the type's route and one on `/me/library/contains` alike.
    const [typed = []] = route.split(
      entries.filter((entry) => entry.type === type),
      (entry) => sentOf(route, entry),
    );
    const [probe = []] = ROUTES.unified!.split(typed, (entry) => entry.uri);
    const asked = new Set(probe);
    const rest = entries.filter((entry) => !asked.has(entry));
    if (await probeSlice(ctx, route, probe, rest, answers)) return answers;
    entries = rest;
  }
  const groups = usesUnifiedLibrary(ctx) ? unifiedGroups(ctx, entries) : typedGroups(entries);
  await Promise.all(
    groups.flatMap(([route, group]) =>
      route
        .split(group, (entry) => sentOf(route, entry))
        .map((slice) =>
          route === ROUTES.unified ? askUnified(ctx, slice, answers) : askSlice(ctx, route, slice, answers),
        ),
    ),
  );
  return answers;
}

/** The entries by their per-type route (an Extended app's). */
function typedGroups(entries: readonly Entry[]): [CheckRoute, Entry[]][] {
  const groups = new Map<CheckRoute, Entry[]>();
  for (const entry of entries) {
    const route = ROUTES[entry.type]!;
    const group = groups.get(route) ?? [];
    group.push(entry);
    groups.set(route, group);
  }
  return [...groups];
}

/** The entries in groups of one read scope each (libraryReadScope), in first-seen order. */
function byReadScope(entries: readonly Entry[]): Entry[][] {
  const groups = new Map<string | undefined, Entry[]>();
  for (const entry of entries) {
    const scope = libraryReadScope(entry.type);
    const group = groups.get(scope) ?? [];
    group.push(entry);
    groups.set(scope, group);
  }
  return [...groups.values()];
}

/**
 * Development Mode's groups, all on `/me/library/contains`: one, so that the kinds share calls, unless
 * the request's token is known to lack the scope of some kind: then the kinds it holds in one and those
 * it lacks in another, so that only the lacking kinds' checks are refused (s37 attack, finding 3: a
 * missing user-library-read nulled followsArtists), and their refusal names every scope missing (s38,
 * issue 7 item 3, LOW: a call per kind named only the first kind's scope).
 */
function unifiedGroups(ctx: GraphQLContext, entries: readonly Entry[]): [CheckRoute, Entry[]][] {
  const unified = ROUTES.unified!;
  const granted = ctx.opts().authToken.scopes;
  const lacks = (entry: Entry) => {
    const scope = libraryReadScope(entry.type);
    return granted.length > 0 && scope !== undefined && !granted.includes(scope);
  };
  const lacking = entries.filter(lacks);
  if (lacking.length === 0) return [[unified, [...entries]]];
  const held = entries.filter((entry) => !lacks(entry));
  return held.length === 0
    ? [[unified, lacking]]
    : [
        [unified, held],
        [unified, lacking],
      ];
}

/**
 * Asks one `/me/library/contains` slice; when Spotify refuses a slice of several kinds with a 403 (a
 * token of unknown scopes lacking one kind's scope), asks each kind's entries again on their own, so
 * that each field gets its own answer or its own refusal (one call more per kind, only then). Kinds
 * refused again share one refusal naming every scope they lack: the first call's when every kind was
 * refused, else one call more for them together (s38, issue 7 item 3, LOW). A token of known scopes
 * is grouped by them already (unifiedGroups): its refusal is not asked again.
 */
async function askUnified(ctx: GraphQLContext, slice: readonly Entry[], answers: unknown[]): Promise<void> {
  const unified = ROUTES.unified!;
  await askSlice(ctx, unified, slice, answers);
  const kinds = byReadScope(slice);
  const refused = answers[slice[0]!.at];
  if (kinds.length < 2 || !isForbidden(refused) || ctx.opts().authToken.scopes.length > 0) return;
  await Promise.all(kinds.map((group) => askSlice(ctx, unified, group, answers)));
  const again = kinds.filter((group) => isForbidden(answers[group[0]!.at]));
  if (again.length < 2) return;
  if (again.length === kinds.length) for (const entry of slice) answers[entry.at] = refused;
  else await askSlice(ctx, unified, again.flat(), answers);
}

/** Whether `answer` is Spotify's 403. */
const isForbidden = (answer: unknown): boolean => answer instanceof SpotifyAPIError && answer.status === 403;

/**
 * Asks the probe's slice on its own route. Where the route is refused for Development Mode, its
 * replacement asks the probe's URIs and the batch's others (`rest`) on `/me/library/contains` together,
 * 40 a call: the refused checks and those that waited for them are one wave, not two (v18 attack 11,
 * MEDIUM-2). A probe whose replacement call failed throws that call's error to the client's fallback (a
 * reasoned refusal goes back to the old route, RequestReplacements). Whether the replacement answered
 * the whole batch.
 */
async function probeSlice(
  ctx: GraphQLContext,
  route: CheckRoute,
  probe: readonly Entry[],
  rest: readonly Entry[],
  answers: unknown[],
): Promise<boolean> {
  const direct = route.direct?.(
    ctx,
    probe.map((entry) => entry.id),
  );
  if (direct === undefined) {
    await askSlice(ctx, route, probe, answers);
    return false;
  }
  let replaced = false;
  const askAll = async (): Promise<boolean[]> => {
    replaced = true;
    const unified = ROUTES.unified!;
    await Promise.all(
      unified
        .split([...probe, ...rest], (entry) => entry.uri)
        .map((slice) => askSlice(ctx, unified, slice, answers)),
    );
    const failed = probe.find((entry) => answers[entry.at] instanceof Error);
    if (failed !== undefined) throw answers[failed.at];
    return probe.map((entry) => answers[entry.at] as boolean);
  };
  try {
    const found = await ctx.client.withFallback(direct.endpoint, direct.answer, askAll);
    probe.forEach((entry, i) => {
      answers[entry.at] = found[i];
    });
  } catch (error) {
    const failed = asError(error);
    for (const entry of probe) answers[entry.at] = failed;
  }
  return replaced;
}

/** Asks one slice on `route` and puts each entry's answer (or the call's error) at its place. */
async function askSlice(
  ctx: GraphQLContext,
  route: CheckRoute,
  slice: readonly Entry[],
  answers: unknown[],
): Promise<void> {
  try {
    const found = await route.ask(
      ctx,
      slice.map((entry) => sentOf(route, entry)),
    );
    slice.forEach((entry, i) => {
      answers[entry.at] = found[i];
    });
  } catch (error) {
    const failed = asError(error);
    for (const entry of slice) answers[entry.at] = failed;
  }
}

/** The request's checks loader (a new one after a mutation: see requestLoader). */
const checksOf = (ctx: GraphQLContext): DataLoader<string, unknown, string> =>
  requestLoader(
    ctx,
    'contains',
    () =>
      new DataLoader<string, unknown, string>((uris) => checkBatch(ctx, uris), {
        // Fields of one level reach their checks after different numbers of awaits (two `me` aliases):
        // wait for the whole microtask queue to drain, as the catalog loaders do.
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      }),
  );

/**
 * For each validated URI (`spotify:<type>:<id>` of a library or followable type) in order: whether the
 * user's library holds it or the user follows it, as Spotify answered (an entry that is no boolean is
 * the schema's to refuse). An entry whose call failed while others answered is that call's error
 * (a rejected entry: null with its error, v13 attack on issue 7, NN1), and so is each entry's when no
 * entry was answered but the calls failed in different ways; when every call failed alike, the first
 * failed call's error is thrown (the field's error).
 */
export async function checkContains(
  ctx: GraphQLContext,
  uris: readonly string[],
): Promise<(boolean | Promise<never>)[]> {
  if (uris.length === 0) return [];
  const found = await checksOf(ctx).loadMany(uris);
  const failed = found.find((answer) => answer instanceof Error);
  if (failed === undefined) return found as boolean[];
  // The field's one error only when every call failed alike: calls failing in different ways (a 403
  // slice and a 500 slice) keep each its own error on its own entries (s44 attack F1).
  if (found.every((answer) => failedAlike(answer, failed))) throw failed;
  return found.map((answer) => (answer instanceof Error ? failedEntry(answer) : (answer as boolean)));
}

/** One entry's share of a failed call: a rejection GraphQL reports at the entry (handled, never unhandled). */
function failedEntry(error: Error): Promise<never> {
  const entry = Promise.reject(toGraphQLError(error) ?? error);
  entry.catch(() => {});
  return entry;
}
