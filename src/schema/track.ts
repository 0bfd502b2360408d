import { omittableList, present, presentList, restrictionReasonOf } from '../resolvers/bad-values.js';
import { loadByIdsWithChildren, loadByIdWithChildren } from '../resolvers/catalog.js';
import {
  linkedFromUriOf,
  localFileAlbumName,
  localFileArtistNames,
  localFileDuration,
  localFileName,
  localFileOf,
  relinkedUriOf,
  trackAlbum,
  trackArtists,
  trackAudioAnalysis,
  trackAudioFeatures,
  trackDuration,
  trackHref,
  trackIsLocal,
  trackIsrc,
  trackName,
  trackNodeId,
  trackPopularity,
  trackPosition,
  trackSpotifyId,
  trackUri,
} from '../resolvers/tracks.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import type {
  AudioAnalysis,
  AudioAnalysisSection,
  AudioFeatures,
  SimplifiedArtist,
  TimeInterval,
} from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { DEVELOPMENT_NULL, MARKET_DESCRIPTION, MARKET_NOTE } from './common.js';
import { idArg, idsArg } from './id-args.js';
import { DEVELOPMENT_MODE_REASON, NodeRef } from './node.js';
import { AlbumRef, ArtistRef, TrackRef, type TrackShape } from './refs.js';

/** `Track.relinkedUri`'s description (the market's rule for a signed-in user included). */
const RELINKED_URI_DESCRIPTION = `With a market: this track's own URI (as \`uri\`) when Spotify answered it in place of the track asked for, which does not play in that market (Spotify's Track Relinking); it is the one that plays, to pass to \`play\` or \`addToQueue\`. Null when Spotify did not relink the track. ${MARKET_NOTE}`;

/** \`Track.linkedFromUri\`'s description. */
const LINKED_FROM_URI_DESCRIPTION = `With a market: the URI of the track asked for, when Spotify answered this copy of it in its place (Spotify's Track Relinking, \`linked_from\`); the one a library or playlist holds, for \`saveToLibrary\`, \`removeFromLibrary\` and playlist changes. Null when Spotify did not relink the track, and always for a Development Mode app (Spotify's February 2026 change stopped sending \`linked_from\`). ${MARKET_NOTE}`;

// Spotify's measurements: a missing one is that field's null with its error, never a made-up 0.
const AudioFeaturesRef = builder.objectRef<AudioFeatures>('AudioFeatures').implement({
  description: "A track's audio features (Extended Quota apps only).",
  fields: (t) => ({
    acousticness: t.float({ nullable: true, resolve: (f) => present(f.acousticness, 'acousticness') }),
    danceability: t.float({ nullable: true, resolve: (f) => present(f.danceability, 'danceability') }),
    energy: t.float({ nullable: true, resolve: (f) => present(f.energy, 'energy') }),
    instrumentalness: t.float({
      nullable: true,
      resolve: (f) => present(f.instrumentalness, 'instrumentalness'),
    }),
    key: t.int({
      nullable: true,
      description: 'Pitch class, -1 when none was detected.',
      resolve: (f) => present(f.key, 'key'),
    }),
    liveness: t.float({ nullable: true, resolve: (f) => present(f.liveness, 'liveness') }),
    loudness: t.float({
      nullable: true,
      description: 'Decibels.',
      resolve: (f) => present(f.loudness, 'loudness'),
    }),
    mode: t.int({
      nullable: true,
      description: '1 major, 0 minor.',
      resolve: (f) => present(f.mode, 'mode'),
    }),
    speechiness: t.float({ nullable: true, resolve: (f) => present(f.speechiness, 'speechiness') }),
    tempo: t.float({
      nullable: true,
      description: 'Beats per minute.',
      resolve: (f) => present(f.tempo, 'tempo'),
    }),
    timeSignature: t.int({ nullable: true, resolve: (f) => present(f.time_signature, 'timeSignature') }),
    valence: t.float({ nullable: true, resolve: (f) => present(f.valence, 'valence') }),
  }),
});

const TimeIntervalRef = builder.objectRef<TimeInterval>('TimeInterval').implement({
  fields: (t) => ({
    start: t.float({
      nullable: true,
      description: 'Seconds from the start of the track.',
      resolve: (i) => present(i.start, 'TimeInterval.start'),
    }),
    duration: t.float({
      nullable: true,
      description: 'Seconds.',
      resolve: (i) => present(i.duration, 'TimeInterval.duration'),
    }),
    confidence: t.float({ nullable: true, resolve: (i) => present(i.confidence, 'TimeInterval.confidence') }),
  }),
});

const AudioSectionRef = builder.objectRef<AudioAnalysisSection>('AudioSection').implement({
  fields: (t) => ({
    start: t.float({ nullable: true, resolve: (s) => present(s.start, 'AudioSection.start') }),
    duration: t.float({ nullable: true, resolve: (s) => present(s.duration, 'AudioSection.duration') }),
    loudness: t.float({ nullable: true, resolve: (s) => s.loudness ?? null }),
    tempo: t.float({ nullable: true, resolve: (s) => s.tempo ?? null }),
    key: t.int({ nullable: true, resolve: (s) => s.key ?? null }),
    mode: t.int({ nullable: true, resolve: (s) => s.mode ?? null }),
    timeSignature: t.int({ nullable: true, resolve: (s) => s.time_signature ?? null }),
  }),
});

/** A list of Spotify's values: null itself, and each entry null, with its own error when Spotify's is wrong. */
const entries = { nullable: { list: true, items: true } } as const;

const AudioAnalysisRef = builder.objectRef<AudioAnalysis>('AudioAnalysis').implement({
  description:
    "A track's rhythm and structure (Extended Quota apps only). Segments are left out: they are large.",
  fields: (t) => ({
    bars: t.field({ type: [TimeIntervalRef], ...entries, resolve: (a) => presentList(a.bars, 'bars') }),
    beats: t.field({ type: [TimeIntervalRef], ...entries, resolve: (a) => presentList(a.beats, 'beats') }),
    tatums: t.field({ type: [TimeIntervalRef], ...entries, resolve: (a) => presentList(a.tatums, 'tatums') }),
    sections: t.field({
      type: [AudioSectionRef],
      ...entries,
      resolve: (a) => presentList(a.sections, 'sections'),
    }),
  }),
});

/** A local file in a playlist: Spotify knows only the names the file carries, no catalog ids. */
const LocalFileRef = builder.objectRef<TrackShape>('LocalFile').implement({
  description:
    "A user's local file as Spotify describes it in a playlist: the names from the file's tags, no Spotify ids.",
  fields: (t) => ({
    uri: t.string({ description: 'The `spotify:local:` URI.', resolve: (track) => track.uri }),
    name: t.string({
      nullable: true,
      description: "The title from the file's tags; null when Spotify sends none.",
      resolve: localFileName,
    }),
    albumName: t.string({
      nullable: true,
      description: "The album from the file's tags; null when Spotify sends none.",
      resolve: localFileAlbumName,
    }),
    artistNames: t.stringList({
      nullable: { list: true, items: true },
      description:
        'The artists from the file\'s tags, one entry per named artist Spotify lists (an artist without a name, Spotify\'s `""` for a missing tag, is left out); null when Spotify sends no named artist. An entry is null only with its own error (Spotify sent it wrong).',
      resolve: localFileArtistNames,
    }),
    durationMs: t.int({
      nullable: true,
      description:
        "Milliseconds, as `Track.durationMs`; null when Spotify does not know the file's length (it sends 0).",
      resolve: localFileDuration,
    }),
  }),
});

TrackRef.implement({
  description: 'A track.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('track'),
  fields: (t) => ({
    // Node's fields again, with what they are for a local file (the only Node without a Spotify id).
    // A relinked track is the copy Spotify answered, with its own identity (see linkedFromUri).
    id: t.id({
      description:
        "The Spotify URI, as a globally unique id; a local file, which has no Spotify id, has its `spotify:local:` URI. A relinked track is the copy Spotify answered, under that copy's own URI (the track asked for is `linkedFromUri`), so one id never carries two tracks' data.",
      resolve: trackNodeId,
    }),
    spotifyId: t.string({
      nullable: true,
      description: 'The base62 Spotify id (the copy that plays, when relinked); null for a local file.',
      resolve: trackSpotifyId,
    }),
    uri: t.string({
      description:
        "The Spotify URI (the copy that plays, when relinked; the track asked for is `linkedFromUri`); built from the id when Spotify leaves it out (its reference does not require a track's). A local file's is its `spotify:local:` URI.",
      resolve: trackUri,
    }),
    href: t.string({
      nullable: true,
      description: 'The Web API endpoint with the full track; null for a local file.',
      resolve: trackHref,
    }),
    relinkedUri: t.string({
      nullable: true,
      description: RELINKED_URI_DESCRIPTION,
      resolve: (track) => relinkedUriOf(track),
    }),
    linkedFromUri: t.string({
      nullable: true,
      description: LINKED_FROM_URI_DESCRIPTION,
      resolve: (track) => linkedFromUriOf(track),
    }),
    name: t.string({
      nullable: true,
      description:
        "The name as Spotify gives it; null with a SPOTIFY_UNAVAILABLE error (`badValue`) when Spotify sent none, the track's other fields answering. A local file without a title (Spotify sends none when the file's tags have none) is null without an error, as its `localFile.name`.",
      resolve: trackName,
    }),
    durationMs: t.int({
      nullable: true,
      description:
        "Milliseconds; null with its own error when Spotify's value is missing or no 32-bit integer (a long local file's). A local file whose length Spotify does not know (it sends 0) is null without an error, read from a playlist or by `node(id:)` alike.",
      resolve: (track, _a, ctx) => trackDuration(ctx, track),
    }),
    explicit: t.boolean({ nullable: true, resolve: (track) => present(track.explicit, 'Track.explicit') }),
    discNumber: t.int({
      nullable: true,
      description: 'From 1; null for a local file whose tags give none (Spotify sends it 0).',
      resolve: (track) => trackPosition(track, track.disc_number),
    }),
    trackNumber: t.int({
      nullable: true,
      description: 'From 1 on its disc; null for a local file whose tags give none (Spotify sends it 0).',
      resolve: (track) => trackPosition(track, track.track_number),
    }),
    isLocal: t.boolean({
      nullable: true,
      description:
        "A user's local file without a catalog identity (see `localFile`): it has no Spotify id, album or artists. A file Spotify matched to a catalog track (flagged local beside a catalog id) is that catalog track here (false, its own id and data); the playlist entry's `isLocal` says the user added it as a local file.",
      resolve: trackIsLocal,
    }),
    localFile: t.field({
      type: LocalFileRef,
      nullable: true,
      description: 'What Spotify says of a local file (its names); null exactly when `isLocal` is false.',
      resolve: localFileOf,
    }),
  }),
});

// Where the track plays, and its artists and album (a field list of its own: the 80-line rule).
builder.objectFields(TrackRef, (t) => ({
  isPlayable: t.boolean({
    nullable: true,
    description: `Whether the track plays in the market asked (null when no market was given: Spotify then judges no playability, signed in or not). ${MARKET_NOTE}`,
    resolve: (track) => track.is_playable ?? null,
  }),
  restrictionReason: t.string({
    nullable: true,
    description: `Why the track does not play in the market asked (market, product, explicit). ${MARKET_NOTE}`,
    resolve: (track) => restrictionReasonOf(track.restrictions, 'Track.restrictionReason'),
  }),
  previewUrl: t.string({ nullable: true, resolve: (track) => track.preview_url ?? null }),
  availableMarkets: t.stringList({
    nullable: { list: true, items: true },
    description:
      "Markets where the track is available; null when Spotify leaves the list out (it does when a market was given or a user token's country applied, and always for a Development Mode app).",
    resolve: (track) => omittableList(track.available_markets, 'Track.availableMarkets'),
  }),
  artists: t.field({
    type: [ArtistRef],
    nullable: { list: true, items: true },
    description:
      "The track's artists, one entry per artist Spotify lists (one without an id is null with a SPOTIFY_UNSUPPORTED_ITEM error); none for a local file (its artist names are in `localFile`).",
    // An entry's error object is that entry's null and error (GraphQL completes it so).
    resolve: (track, _a, ctx) => trackArtists(ctx, track) as Promise<SimplifiedArtist[]>,
  }),
  album: t.field({
    type: AlbumRef,
    nullable: true,
    description: "The track's album; null for a local file (its album name is in `localFile`).",
    resolve: (track, _a, ctx) => trackAlbum(ctx, track),
  }),
}));

// What only the full track object or a Development-only endpoint answers.
builder.objectFields(TrackRef, (t) => ({
  popularity: t.int({
    nullable: true,
    description: `0 to 100; null for a local file (Spotify sends it 0). ${DEVELOPMENT_NULL}`,
    resolve: (track, _a, ctx) => trackPopularity(ctx, track),
  }),
  isrc: t.string({
    nullable: true,
    resolve: (track, _a, ctx) => trackIsrc(ctx, track),
  }),
  audioFeatures: t.field({
    type: AudioFeaturesRef,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'Batched 100 tracks per Spotify call.',
    resolve: (track, _a, ctx) => trackAudioFeatures(ctx, track),
  }),
  audioAnalysis: t.field({
    type: AudioAnalysisRef,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    resolve: (track, _a, ctx) => trackAudioAnalysis(ctx, track),
  }),
}));

builder.queryFields((t) => ({
  track: t.field({
    type: TrackRef,
    nullable: true,
    description: 'A track by id, URI or share link.',
    args: {
      id: t.arg.id({ required: true, description: idArg('track') }),
      market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => loadByIdWithChildren(ctx, 'track', args, info),
  }),
  tracks: t.field({
    type: [TrackRef],
    nullable: { list: true, items: true },
    description:
      'Tracks by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 50 per Spotify call.',
    args: {
      ids: t.arg.idList({ required: true, description: idsArg('track') }),
      market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => loadByIdsWithChildren(ctx, 'track', args, info),
  }),
}));
