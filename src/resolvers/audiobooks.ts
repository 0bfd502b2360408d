import type {
  Audiobook,
  Author,
  Chapter,
  Episode,
  SimplifiedAudiobook,
  SimplifiedChapter,
  SimplifiedEpisode,
  SimplifiedShow,
} from '../spotify/endpoints/objects.js';
import { present, presentList } from './bad-values.js';
import { type ByIdArgs, type ByIdsArgs, fullEpisode, loadById, loadByIds } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { embeddedChildren } from './embedded-children.js';
import { idOf } from './ids.js';
import type { Connection, ConnectionArgs } from './paging.js';
import { laterParentOf, parentOf } from './parents.js';
import { type SelectionInfo, withSelection } from './selection.js';
import { nestedObjectOf } from './unmodelled.js';

/**
 * An audiobook's chapters: its embedded first page, then pages of 50 (see embeddedChildren); only the
 * total when `info`'s selection asks for no items (see withSelection).
 */
export const audiobookChapters = (
  ctx: GraphQLContext,
  book: SimplifiedAudiobook | Audiobook,
  args: ConnectionArgs & { market?: string | null | undefined },
  info: SelectionInfo,
): Promise<Connection<SimplifiedChapter>> =>
  embeddedChildren(ctx, 'audiobook', book, withSelection(args, info));

/**
 * The names of an audiobook's authors or narrators, one entry per person Spotify lists: a person
 * without a name is that entry's null with its error (settled-lists.ts), never dropped.
 */
export const peopleNames = (people: readonly Author[] | null | undefined, field: string): (string | null)[] =>
  presentList(people, field).map((person: unknown) => {
    const name = typeof person === 'object' && person !== null ? (person as Author).name : undefined;
    return name ?? null;
  });

/**
 * A chapter id from a bare id, its Node id (`spotify:chapter:...`), or the URI and share link Spotify
 * gives chapters (`spotify:episode:...`, `https://open.spotify.com/episode/...`, as its answers type
 * them; idOf reads these as the chapter where a chapter is asked).
 */
const chapterIdOf = (value: string, argument = 'id'): string => idOf('chapter', value, argument);

/** `chapter(id:)`: by bare id, chapter URI or episode URI. */
export const chapterById = (ctx: GraphQLContext, args: ByIdArgs): Promise<Chapter> =>
  loadById(ctx, 'chapter', args, chapterIdOf);

/** `chapters(ids:)`: by bare ids, chapter URIs or episode URIs; the unknown ids one SPOTIFY_NOT_FOUND (loadByIds). */
export const chaptersByIds = (ctx: GraphQLContext, args: ByIdsArgs): (Promise<Chapter | null> | null)[] =>
  loadByIds(ctx, 'chapter', args, chapterIdOf);

/**
 * The audiobook a chapter belongs to: its own, or the audiobook that listed it. No chapter is loaded
 * for it: Spotify sends a SimplifiedChapterObject (no `audiobook`) only in an audiobook's chapter pages
 * (GET /audiobooks/{id} and /audiobooks/{id}/chapters, reference spec), whose items know their
 * audiobook (adopt, adoptLater); every other answer holds a ChapterObject, which requires `audiobook`.
 * A chapter without one is `badValue` (null with its own error).
 */
export async function chapterAudiobook(
  chapter: SimplifiedChapter | Chapter,
): Promise<SimplifiedAudiobook | null> {
  const audiobook =
    ('audiobook' in chapter && chapter.audiobook) ||
    parentOf<SimplifiedAudiobook>(chapter) ||
    (await laterParentOf<SimplifiedAudiobook>(chapter));
  return nestedObjectOf('audiobook', present(audiobook, 'Chapter.audiobook'));
}

/**
 * The show an episode belongs to: its own, the show that listed it, or the full episode's; Spotify's
 * EpisodeObject requires it, so a full episode without one is `badValue` (null with its own error).
 */
export async function episodeShow(
  ctx: GraphQLContext,
  episode: SimplifiedEpisode | Episode,
): Promise<SimplifiedShow | null> {
  return nestedObjectOf(
    'show',
    ('show' in episode && episode.show) ||
      parentOf<SimplifiedShow>(episode) ||
      (await laterParentOf<SimplifiedShow>(episode)) ||
      present((await fullEpisode(ctx, episode)).show, 'Episode.show'),
  );
}
