import { isoTimestamp, optionalObject, present } from '../resolvers/bad-values.js';
import {
  me,
  myExplicitContent,
  myExternalUrl,
  myFollowerCount,
  myImages,
  myNodeId,
  myPlaylists,
  myProfileText,
  mySpotifyId,
  recentlyPlayed,
  topArtists,
  topTracks,
} from '../resolvers/me.js';
import { modelledItem } from '../resolvers/unmodelled.js';
import { myProfile } from '../resolvers/users.js';
import type { PlayHistory } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import {
  connectionArgs,
  connectionType,
  cursorConnectionArgs,
  DEVELOPMENT_NULL,
  ImageRef,
  WITHHELD_PLAYLISTS,
} from './common.js';
import { PlaybackContextRef } from './player.js';
import { ArtistRef, MeRef, PlaylistRef, TrackRef, UserRef } from './refs.js';

const PlaylistConnection = connectionType('Playlist', PlaylistRef, WITHHELD_PLAYLISTS);
const ArtistConnection = connectionType('Artist', ArtistRef);
const TrackConnection = connectionType('Track', TrackRef, { items: ['track'] });

export const TimeRangeEnum = builder.enumType('TimeRange', {
  description: 'The listening period top items are computed over.',
  values: {
    SHORT_TERM: { value: 'short_term', description: 'About the last 4 weeks.' },
    MEDIUM_TERM: { value: 'medium_term', description: 'About the last 6 months (the default).' },
    LONG_TERM: { value: 'long_term', description: 'About the last year.' },
  } as const,
});

const ExplicitContentRef = builder
  .objectRef<{ filter_enabled?: boolean; filter_locked?: boolean }>('ExplicitContentSettings')
  .implement({
    fields: (t) => ({
      filterEnabled: t.boolean({
        nullable: true,
        description: 'Explicit content is not played.',
        resolve: (s) => present(s.filter_enabled, 'ExplicitContentSettings.filterEnabled'),
      }),
      filterLocked: t.boolean({
        nullable: true,
        description: 'The setting is locked (e.g. by a parent).',
        resolve: (s) => present(s.filter_locked, 'ExplicitContentSettings.filterLocked'),
      }),
    }),
  });

const PlayHistoryRef = builder.objectRef<PlayHistory>('PlayHistoryItem').implement({
  description: 'A track the user played.',
  fields: (t) => ({
    track: t.field({
      type: TrackRef,
      nullable: true,
      description:
        'The track; null when Spotify no longer has it (with a SPOTIFY_UNSUPPORTED_ITEM error when it sent something this API does not model).',
      resolve: (h) => modelledItem(h.track, ['track']),
    }),
    playedAt: t.string({
      nullable: true,
      description: 'When it was played (ISO 8601).',
      resolve: (h) => isoTimestamp(h.played_at, 'PlayHistoryItem.playedAt'),
    }),
    context: t.field({
      type: PlaybackContextRef,
      nullable: true,
      description: 'What it was played from, when Spotify says.',
      resolve: (h) => optionalObject(h.context, 'PlayHistoryItem.context', true),
    }),
  }),
});
const PlayHistoryConnection = connectionType('PlayHistory', PlayHistoryRef);

MeRef.implement({
  description:
    'The signed-in user: profile, playlists, library, follows, top items and history. Needs a user token.',
  fields: (t) => ({
    // Nullable: for a bare Spotify access token only GET /me says whose it is, and that read failing
    // must cost this id alone, never the `me` (or a write's payload) it sits in. A session's id is
    // known from sign-in and is never null.
    id: t.id({
      nullable: true,
      description:
        "The user's Spotify URI (the id of the same user as a User node). Known from sign-in for a session; for a bare Spotify access token read from the profile (GET /me), and null with that read's error when it fails.",
      resolve: (_me, _a, ctx) => myNodeId(ctx),
    }),
    spotifyId: t.string({
      nullable: true,
      description:
        'The user name. Known from sign-in for a session; for a bare Spotify access token read from the profile, and null with its error when that read fails.',
      resolve: (_me, _a, ctx) => mySpotifyId(ctx),
    }),
    user: t.field({
      nullable: true,
      type: UserRef,
      description: 'The same user as a public User.',
      resolve: (_me, _a, ctx) => myProfile(ctx),
    }),
    displayName: t.string({
      nullable: true,
      resolve: (_me, _a, ctx) => myProfileText(ctx, 'display_name'),
    }),
    email: t.string({
      nullable: true,
      description: `Needs the user-read-email scope (null without it). ${DEVELOPMENT_NULL}`,
      resolve: (_me, _a, ctx) => myProfileText(ctx, 'email'),
    }),
    country: t.string({
      nullable: true,
      description: `ISO 3166-1 alpha-2; needs the user-read-private scope (null without it). ${DEVELOPMENT_NULL}`,
      resolve: (_me, _a, ctx) => myProfileText(ctx, 'country'),
    }),
    product: t.string({
      nullable: true,
      description: `premium, free, ...; needs the user-read-private scope (null without it). ${DEVELOPMENT_NULL}`,
      resolve: (_me, _a, ctx) => myProfileText(ctx, 'product'),
    }),
    explicitContent: t.field({
      type: ExplicitContentRef,
      nullable: true,
      description: `Needs the user-read-private scope (null without it). ${DEVELOPMENT_NULL}`,
      resolve: (_me, _a, ctx) => myExplicitContent(ctx),
    }),
    images: t.field({
      nullable: { list: true, items: true },
      type: [ImageRef],
      resolve: (_me, _a, ctx) => myImages(ctx),
    }),
    followerCount: t.int({
      nullable: true,
      description: DEVELOPMENT_NULL,
      resolve: (_me, _a, ctx) => myFollowerCount(ctx),
    }),
    externalUrl: t.string({
      nullable: true,
      resolve: (_me, _a, ctx) => myExternalUrl(ctx),
    }),
  }),
});

/** What the signed-in user keeps and listens to: playlists, top items, history. */
builder.objectFields(MeRef, (t) => ({
  playlists: t.field({
    nullable: true,
    type: PlaylistConnection,
    description: 'The playlists the user owns or follows.',
    args: connectionArgs,
    resolve: (_me, args, ctx, info) => myPlaylists(ctx, args, info),
  }),
  topArtists: t.field({
    nullable: true,
    type: ArtistConnection,
    description: 'The artists the user listens to most (user-top-read).',
    args: { ...connectionArgs, timeRange: t.arg({ type: TimeRangeEnum, required: false }) },
    resolve: (_me, args, ctx, info) => topArtists(ctx, args, info),
  }),
  topTracks: t.field({
    nullable: true,
    type: TrackConnection,
    description: 'The tracks the user listens to most (user-top-read).',
    args: { ...connectionArgs, timeRange: t.arg({ type: TimeRangeEnum, required: false }) },
    resolve: (_me, args, ctx, info) => topTracks(ctx, args, info),
  }),
  recentlyPlayed: t.field({
    nullable: true,
    type: PlayHistoryConnection,
    description:
      'What the user played lately, newest first (user-read-recently-played); `after` continues with older plays.',
    args: cursorConnectionArgs,
    resolve: (_me, args, ctx) => recentlyPlayed(ctx, args),
  }),
}));

builder.queryFields((t) => ({
  me: t.field({
    type: MeRef,
    // Nullable so that a request without a user token keeps its catalog fields beside the error.
    nullable: true,
    description:
      'The signed-in user (a session, or a user token): null with UNAUTHENTICATED and extensions.loginUrl otherwise.',
    authScopes: { user: true },
    resolve: (_root, args, ctx, info) => me(ctx, args, info),
  }),
}));
