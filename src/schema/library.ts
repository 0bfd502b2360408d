import { libraryContains, savedItems } from '../resolvers/library.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, MARKET_DESCRIPTION } from './common.js';
import { urisArg } from './id-args.js';
import { AlbumRef, AudiobookRef, EpisodeRef, MeRef, ShowRef, TrackRef } from './refs.js';

const SavedTrackConnection = connectionType('SavedTrack', TrackRef, { addedAt: true, items: ['track'] });
const SavedAlbumConnection = connectionType('SavedAlbum', AlbumRef, { addedAt: true });
const SavedShowConnection = connectionType('SavedShow', ShowRef, { addedAt: true });
const SavedEpisodeConnection = connectionType('SavedEpisode', EpisodeRef, {
  addedAt: true,
  items: ['episode'],
});
const SavedAudiobookConnection = connectionType('SavedAudiobook', AudiobookRef, { addedAt: true });

builder.objectFields(MeRef, (t) => ({
  savedTracks: t.field({
    nullable: true,
    type: SavedTrackConnection,
    description: "The user's saved tracks, newest first (user-library-read).",
    args: { ...connectionArgs, market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }) },
    resolve: (_me, args, ctx, info) => savedItems(ctx, 'savedTracks', args, info),
  }),
  savedAlbums: t.field({
    nullable: true,
    type: SavedAlbumConnection,
    description: "The user's saved albums, newest first (user-library-read).",
    args: { ...connectionArgs, market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }) },
    resolve: (_me, args, ctx, info) => savedItems(ctx, 'savedAlbums', args, info),
  }),
  savedShows: t.field({
    nullable: true,
    type: SavedShowConnection,
    description: 'The podcasts the user follows, newest first (user-library-read).',
    args: connectionArgs,
    resolve: (_me, args, ctx, info) => savedItems(ctx, 'savedShows', args, info),
  }),
  savedEpisodes: t.field({
    nullable: true,
    type: SavedEpisodeConnection,
    description:
      "The user's saved episodes, newest first (user-library-read and user-read-playback-position).",
    args: { ...connectionArgs, market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }) },
    resolve: (_me, args, ctx, info) => savedItems(ctx, 'savedEpisodes', args, info),
  }),
  savedAudiobooks: t.field({
    nullable: true,
    type: SavedAudiobookConnection,
    description: "The user's saved audiobooks, newest first (user-library-read).",
    args: connectionArgs,
    resolve: (_me, args, ctx, info) => savedItems(ctx, 'savedAudiobooks', args, info),
  }),
  libraryContains: t.booleanList({
    nullable: { list: true, items: true },
    description: `For each URI in order: whether the library holds it (tracks, albums, shows, episodes, audiobooks) or the user follows it (artists, users, playlists). At most 1000 URIs, asked 40 (or the type's limit) per Spotify call. An entry Spotify answered with no boolean is null with its error; when the call for one kind of URI fails while another kind's answered, that kind's entries are null with the call's error (none answered: the field's error).`,
    args: {
      uris: t.arg.idList({
        required: true,
        description: urisArg('Track, album, show, episode, audiobook, artist, user or playlist'),
      }),
    },
    resolve: (_me, args, ctx) => libraryContains(ctx, args.uris),
  }),
}));
