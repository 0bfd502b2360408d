/** The spoken part of the emulator's catalog: shows with their episodes, audiobooks with chapters. */
import {
  type CatalogRandom,
  date,
  images,
  imagesOrNone,
  int,
  markets,
  personName,
  pick,
  title,
  trackTitle,
} from './catalog-random.js';
import {
  AUDIOBOOK_MARKETS,
  BOOK_PUBLISHERS,
  IMAGELESS_EVERY,
  LANGUAGES,
  MARKETS,
  NOUNS,
  PUBLISHERS,
  TRACK_WORDS,
} from './catalog-words.js';
import type { AudiobookRecord, ChapterRecord, EpisodeRecord, ShowRecord } from './model.js';

/** Shows and their episodes, with the shows unavailable in the restricted market. */
export interface Shows {
  shows: Map<string, ShowRecord>;
  episodes: Map<string, EpisodeRecord>;
  restrictedShowIds: string[];
}

/** Audiobooks and their chapters, with those unavailable in the restricted market. */
export interface Audiobooks {
  audiobooks: Map<string, AudiobookRecord>;
  chapters: Map<string, ChapterRecord>;
  restrictedAudiobookIds: string[];
  restrictedChapterIds: string[];
}

/** 40 shows with 30 to 45 episodes; the first has 80 so show-episodes paging is real. */
export function generateShows(gen: CatalogRandom): Shows {
  const out: Shows = { shows: new Map(), episodes: new Map(), restrictedShowIds: [] };
  for (let i = 0; i < 40; i++) {
    const show = generateShow(gen, i);
    if (i % 8 === 5) out.restrictedShowIds.push(show.id);
    const count = i === 0 ? 80 : int(gen.random, 30, 45);
    for (let e = 0; e < count; e++) {
      const episode = generateEpisode(gen, show, e, count);
      show.episodeIds.push(episode.id);
      out.episodes.set(episode.id, episode);
    }
    out.shows.set(show.id, show);
  }
  return out;
}

function generateShow(gen: CatalogRandom, i: number): ShowRecord {
  const { random } = gen;
  const language = pick(random, LANGUAGES);
  const publisher = pick(random, PUBLISHERS);
  return {
    id: gen.id(),
    name: `${title(random)} ${pick(random, ['Podcast', 'Radio', 'Hour', 'Talks', 'Weekly'])}`,
    publisher,
    description: `Conversations about ${pick(random, TRACK_WORDS).toLowerCase()} and ${pick(random, NOUNS).toLowerCase()}s.`,
    explicit: random() < 0.2,
    languages: [language],
    mediaType: random() < 0.9 ? 'audio' : 'mixed',
    images: imagesOrNone(random, i, IMAGELESS_EVERY.show),
    availableMarkets: markets(random, MARKETS, i % 8 === 5),
    copyrights: [{ text: `2024 ${publisher}`, type: 'C' }],
    episodeIds: [],
  };
}

/** Episode `e` of `count`, newest first: one a week back from a fixed date. */
function generateEpisode(gen: CatalogRandom, show: ShowRecord, e: number, count: number): EpisodeRecord {
  const { random } = gen;
  const start = Date.UTC(2026, 9, 1);
  const released = new Date(start - e * 7 * 86_400_000 - int(random, 0, 2) * 86_400_000);
  return {
    id: gen.id(),
    showId: show.id,
    name: `#${count - e}: ${trackTitle(random)}`,
    description: `In this episode: ${trackTitle(random).toLowerCase()} and ${pick(random, NOUNS).toLowerCase()}s.`,
    durationMs: int(random, 600_000, 5_400_000),
    explicit: show.explicit && random() < 0.5,
    language: show.languages[0]!,
    releaseDate: released.toISOString().slice(0, 10),
    releaseDatePrecision: 'day',
    images: show.images,
  };
}

/** 30 audiobooks with 8 to 30 chapters; the first has 60 so chapter paging is real. */
export function generateAudiobooks(gen: CatalogRandom): Audiobooks {
  const out: Audiobooks = {
    audiobooks: new Map(),
    chapters: new Map(),
    restrictedAudiobookIds: [],
    restrictedChapterIds: [],
  };
  for (let i = 0; i < 30; i++) {
    const restricted = i % 6 === 4;
    const book = generateAudiobook(gen, restricted);
    if (restricted) out.restrictedAudiobookIds.push(book.id);
    const count = i === 0 ? 60 : int(gen.random, 8, 30);
    const releaseDate = date(gen.random, 2015, 2026);
    for (let c = 0; c < count; c++) {
      const chapter: ChapterRecord = {
        id: gen.id(),
        audiobookId: book.id,
        chapterNumber: c,
        name: c === 0 ? 'Opening Credits' : `Chapter ${c}`,
        description: `Chapter ${c} of ${book.name}.`,
        durationMs: int(gen.random, 300_000, 3_000_000),
        explicit: book.explicit,
        languages: book.languages,
        releaseDate,
        images: book.images,
        availableMarkets: book.availableMarkets,
      };
      book.chapterIds.push(chapter.id);
      out.chapters.set(chapter.id, chapter);
      if (restricted) out.restrictedChapterIds.push(chapter.id);
    }
    out.audiobooks.set(book.id, book);
  }
  return out;
}

function generateAudiobook(gen: CatalogRandom, restricted: boolean): AudiobookRecord {
  const { random } = gen;
  const publisher = pick(random, BOOK_PUBLISHERS);
  const available = markets(random, AUDIOBOOK_MARKETS, restricted);
  return {
    id: gen.id(),
    name: `${title(random)}: A Novel`,
    authors: [personName(random)],
    narrators: [personName(random)],
    publisher,
    description: `A story of ${pick(random, TRACK_WORDS).toLowerCase()} and the ${pick(random, NOUNS).toLowerCase()}.`,
    edition: random() < 0.8 ? 'Unabridged' : 'Abridged',
    explicit: random() < 0.1,
    languages: ['en'],
    mediaType: 'audio',
    images: images(random),
    availableMarkets: available,
    copyrights: [{ text: `2023 ${publisher}`, type: 'C' }],
    chapterIds: [],
  };
}
