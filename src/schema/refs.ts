/**
 * The object refs of the Spotify types, declared apart from their implementations so that type files
 * can point at each other (a track's album, an album's tracks) without import cycles.
 */

import type {
  Album,
  Artist,
  Audiobook,
  Category,
  Chapter,
  Episode,
  Playlist,
  PrivateUser,
  PublicUser,
  Show,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedAudiobook,
  SimplifiedChapter,
  SimplifiedEpisode,
  SimplifiedPlaylist,
  SimplifiedShow,
  SimplifiedTrack,
  Track,
} from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';

export type AlbumShape = SimplifiedAlbum | Album;
export type ArtistShape = SimplifiedArtist | Artist;
export type TrackShape = SimplifiedTrack | Track;
export type ShowShape = SimplifiedShow | Show;
export type EpisodeShape = SimplifiedEpisode | Episode;
export type AudiobookShape = SimplifiedAudiobook | Audiobook;
export type ChapterShape = SimplifiedChapter | Chapter;
export type PlaylistShape = SimplifiedPlaylist | Playlist;
export type UserShape =
  | PublicUser
  | PrivateUser
  | { id: string; uri: string; href: string | null; type: 'user'; display_name?: string | null };

export const AlbumRef = builder.objectRef<AlbumShape>('Album');
export const ArtistRef = builder.objectRef<ArtistShape>('Artist');
export const TrackRef = builder.objectRef<TrackShape>('Track');
export const ShowRef = builder.objectRef<ShowShape>('Show');
export const EpisodeRef = builder.objectRef<EpisodeShape>('Episode');
export const AudiobookRef = builder.objectRef<AudiobookShape>('Audiobook');
export const ChapterRef = builder.objectRef<ChapterShape>('Chapter');
export const PlaylistRef = builder.objectRef<PlaylistShape>('Playlist');
export const UserRef = builder.objectRef<UserShape>('User');
export const CategoryRef = builder.objectRef<Category>('Category');
/** The signed-in user (`me`): profile plus library, playlists, follows, top items and player. */
export const MeRef = builder.objectRef<PrivateUser>('Me');
