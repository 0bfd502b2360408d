import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Category, Page, SimplifiedAlbum, SimplifiedPlaylist } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { askedObject } from './bad-values.js';
import { withChildLoads } from './child-loads.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { type AskedPage, cutAskedPage } from './page-cuts.js';
import { type Connection, type ConnectionArgs, offsetConnection } from './paging.js';
import { keyedPages, loadKey, loadOnce } from './request-loads.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { nestedIdOf } from './unmodelled.js';

/** Spotify's most items per page of its browse lists. */
const BROWSE_PAGE = 50;
const LOCALE = /^[a-z]{2}(_[A-Z]{2})?$/;
const CATEGORY_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** A locale such as `sv_SE` (ISO 639-1 language, underscore, ISO 3166-1 country). */
function checkLocale(value: string | null | undefined, argument = 'locale'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!LOCALE.test(value)) {
    throw badInput(`${argument} must be a locale such as "sv_SE"`, argument, { got: value });
  }
  return value;
}

function checkCategoryId(value: string, argument = 'id'): string {
  if (!CATEGORY_ID.test(value)) {
    throw badInput(`${argument} must be a Spotify category id`, argument, { got: value });
  }
  return value;
}

const withLocale = (locale: string | undefined) => (locale === undefined ? {} : { locale });

/** Spotify's editorial picks and the message it shows above them. */
export interface FeaturedPlaylists {
  message: string | null;
  /**
   * The playlists, or the error reading them once Spotify answered (a page that is no page, a later
   * page that failed): that field's null and error, beside the message (v10 re-attack on issue 7, R3).
   */
  playlists: Connection<SimplifiedPlaylist | null> | GraphQLError;
}

/** Spotify's answer for featured playlists: the message and the page of playlists. */
type FeaturedAnswer = Awaited<ReturnType<GraphQLContext['api']['browse']['featuredPlaylists']>>;

/**
 * The part from `offset`, `limit` playlists of Spotify's featured answer asked as `asked`: the message
 * and that part of its page of playlists (cutAskedPage), undefined when the page does not hold it. The
 * answer wraps its page, so the joined call of two windows is cut in its page, not as a page itself
 * (v16 re-attack F1: `w0: featuredPlaylists(first: 4, offset: 4)` beside one at offset 2 failed "a
 * page at another offset"). An answer that is no object is answered as it is (its reader fails on it).
 */
function cutFeatured(
  answer: FeaturedAnswer,
  asked: AskedPage,
  offset: number,
  limit: number,
): FeaturedAnswer | undefined {
  if (typeof answer !== 'object' || answer === null) return answer;
  const playlists = cutAskedPage(answer.playlists, asked, offset, limit);
  return playlists === undefined ? undefined : ({ ...answer, playlists } as FeaturedAnswer);
}

/**
 * `featuredPlaylists` (Extended Quota apps only): the message comes with the first page. Only the
 * total when `info`'s selection asks for no items (see withSelection), as for every connection here.
 */
export async function featuredPlaylists(
  ctx: GraphQLContext,
  args: ConnectionArgs & { locale?: string | null | undefined },
  info: SelectionInfo,
): Promise<FeaturedPlaylists> {
  const locale = checkLocale(args.locale);
  let message: string | null = null;
  const fetch = keyedPages(
    ctx,
    'browse.featuredPlaylists',
    { locale },
    (offset, limit, signal) =>
      ctx.api.browse.featuredPlaylists({
        offset,
        limit,
        ...withLocale(locale),
        authToken: ctx.token,
        signal,
      }),
    { catalog: true, cut: cutFeatured },
  );
  const selected = withSelection(args, info);
  let answered = false;
  const playlists = await offsetConnection<SimplifiedPlaylist | null>(
    selected,
    BROWSE_PAGE,
    async (offset, limit, size) => {
      const answer = await fetch(offset, limit, size);
      answered = true;
      message ??= answer.message ?? null;
      return answer.playlists;
    },
  ).catch((error: unknown) => {
    // Before any answer (refused, unavailable) the whole field fails, as before: no message to keep.
    if (!answered || !(error instanceof GraphQLError)) throw error;
    return error;
  });
  return { message, playlists };
}

/** `newReleases` (Extended Quota apps only). */
export function newReleases(
  ctx: GraphQLContext,
  args: ConnectionArgs,
  info: SelectionInfo,
): Promise<Connection<SimplifiedAlbum>> {
  const fetch = keyedPages(
    ctx,
    'browse.newReleases',
    {},
    (offset, limit, signal) => ctx.api.browse.newReleases({ offset, limit, authToken: ctx.token, signal }),
    { catalog: true },
  );
  return offsetConnection<SimplifiedAlbum>(withSelection(args, info), BROWSE_PAGE, fetch);
}

/** A category's editorial playlists (Extended Quota apps only): only the category's id is read. */
export function categoryPlaylists(
  ctx: GraphQLContext,
  category: Pick<Category, 'id'>,
  args: ConnectionArgs,
  info: SelectionInfo,
): Promise<Connection<SimplifiedPlaylist | null>> {
  const categoryId = nestedIdOf('category', category);
  const fetch = keyedPages(
    ctx,
    'browse.categoryPlaylists',
    { id: categoryId },
    async (offset, limit, signal) =>
      (await ctx.api.browse.categoryPlaylists(categoryId, { offset, limit, authToken: ctx.token, signal }))
        .playlists,
    { catalog: true },
  );
  return offsetConnection<SimplifiedPlaylist | null>(withSelection(args, info), BROWSE_PAGE, fetch);
}

interface CategoryArgs {
  id: string | number;
  locale?: string | null | undefined;
}

/**
 * `category(id:)` (Extended Quota apps only), its name in `locale`, with its playlists' load started
 * beside it when they are selected (see withChildLoads).
 */
export function category(
  ctx: GraphQLContext,
  args: CategoryArgs,
  info: GraphQLResolveInfo,
): Promise<Category> {
  return withChildLoads(ctx, info, 'category', args, () => loadCategory(ctx, args));
}

/** Spotify's category ids of today: 22 letters and digits (`0JQ5DAqbMKFQ00XGBls6ym`). */
const CATEGORY_ID_OF_TODAY = /^[0-9A-Za-z]{22}$/;

/**
 * Whether a category answered under `answered` is the one asked as `asked`: the same id, or a word id
 * of Spotify's older categories (`toplists`, `party`, which it still takes) answered under an id of
 * today's form, the same category's. A word answered by another word (`pop` by `rock`) is another.
 */
const sameCategory = (asked: string, answered: string): boolean =>
  asked === answered || (!CATEGORY_ID_OF_TODAY.test(asked) && CATEGORY_ID_OF_TODAY.test(answered));

/** One category, once per request; an answer for another category is `badValue` (askedObject). */
function loadCategory(ctx: GraphQLContext, args: CategoryArgs): Promise<Category> {
  const id = checkCategoryId(String(args.id));
  const locale = checkLocale(args.locale);
  return loadOnce(
    ctx,
    loadKey('browse.category', { id, locale }),
    async (signal) =>
      askedObject(
        (await ctx.api.browse.category(id, {
          ...withLocale(locale),
          authToken: ctx.token,
          signal,
        })) as Category,
        endpoints.getACategory.id,
        id,
        sameCategory,
      ),
    { catalog: true },
  );
}

/** `categories` (Extended Quota apps only), their names in `locale`. */
export function categories(
  ctx: GraphQLContext,
  args: ConnectionArgs & { locale?: string | null | undefined },
  info: SelectionInfo,
): Promise<Connection<Category>> {
  const locale = checkLocale(args.locale);
  const fetch = keyedPages(
    ctx,
    'browse.categories',
    { locale },
    (offset, limit, signal) =>
      ctx.api.browse.categories({
        offset,
        limit,
        ...withLocale(locale),
        authToken: ctx.token,
        signal,
      }) as Promise<Page<Category>>,
    { catalog: true },
  );
  return offsetConnection<Category>(withSelection(args, info), BROWSE_PAGE, fetch);
}
