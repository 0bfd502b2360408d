/** The shape of the endpoint table: data that drives the client's one generic request path. */

import type { SpotifyType } from '../ids.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Extended Quota apps have the whole API; Development Mode apps lost part of it (see DESIGN.md). */
export type AppMode = 'extended' | 'development';

/**
 * Spotify's OAuth scopes (Spotify's Web API reference, "Scopes"). The emulator keeps its own copy
 * (src/emulator/state.ts), as it imports nothing from the rest of src/; test/emulator/accounts.test.ts
 * checks that both agree.
 */
export const SCOPES = [
  'ugc-image-upload',
  'user-read-playback-state',
  'user-modify-playback-state',
  'user-read-currently-playing',
  'app-remote-control',
  'streaming',
  'playlist-read-private',
  'playlist-read-collaborative',
  'playlist-modify-private',
  'playlist-modify-public',
  'user-follow-modify',
  'user-follow-read',
  'user-read-playback-position',
  'user-top-read',
  'user-read-recently-played',
  'user-library-modify',
  'user-library-read',
  'user-read-email',
  'user-read-private',
] as const;

export type Scope = (typeof SCOPES)[number];

export type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]' | 'object' | 'object[]';

/** What a URI entry may name: an object of a Spotify type, or (`local`) a local file's `spotify:local:` URI. */
export type EntryKind = SpotifyType | 'local';

/**
 * The form of each entry of a list option. `id`: a bare id of one of `types` (22 base62 characters, a
 * user name for `user`; ids.ts validId), never a link or URI; where `typeOption` is set, the value of
 * that option of the call (`type=artist`) says which of `types` the ids are. `uri`: a Spotify URI
 * `spotify:<type>:<id>` of one of `types` with a well-formed id (ids.ts parseUri), or where `types`
 * holds `local` a well-formed `spotify:local:` URI (local-files.ts isLocalUri).
 */
export type EntryRule =
  | { readonly form: 'id'; readonly types: readonly SpotifyType[]; readonly typeOption?: string }
  | { readonly form: 'uri'; readonly types: readonly EntryKind[] };

export interface ParamSpec {
  /** Spotify's name (snake_case); callers pass the camelCase form. */
  readonly name: string;
  readonly in: 'path' | 'query' | 'body';
  readonly type: ParamType;
  readonly required?: boolean;
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  /**
   * The upper bound for Extended Quota Mode apps where it is larger than `max`: `max` is then the
   * reference spec's bound, which since February 2026 is Development Mode's (see the table's rows).
   */
  readonly extendedMax?: number;
  /** Most items a list accepts in one call. */
  readonly maxItems?: number;
  /**
   * What each entry of a list must be (EntryRule), besides the checks every list entry gets (not blank,
   * no whitespace around it, no comma, at most MAX_ENTRY_LENGTH characters, MAX_URI_ENTRY_LENGTH for a
   * URI; params.ts checkEntries). On an `object[]` list it is the rule of each object's `uri` (a playlist
   * item removal: `{ uri }`) or `id` (`timestamped_ids`: `{ id, added_at }`). The client checks the
   * whole list by it before any call (params.ts checkList), so a bad 120th entry refuses the call before
   * the first chunk is sent. Every list option of ids or URIs in the table has one (endpoints-table.test.ts).
   */
  readonly entries?: EntryRule;
  readonly enum?: readonly string[];
  /**
   * The form of a single `string` option, checked before any call (params.ts checkValue): `market`, an
   * ISO 3166-1 alpha-2 code of a market Spotify serves or `from_token` (markets.ts isMarket; Spotify's
   * reference, QueryMarket); `text`, not blank (search's `q`); `entry`, the checks every list entry
   * gets (not blank, no whitespace around it, no comma, bounded; params.ts checkEntries) and, where
   * `entries` is set, its rule (a single `uri` or `context_uri`).
   */
  readonly format?: 'market' | 'text' | 'entry';
}

export interface EndpointSpec {
  /** The reference spec's operationId, e.g. `get-an-album`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template relative to the Web API base, e.g. `/albums/{id}`. */
  readonly path: string;
  /**
   * Where Spotify takes a name in the query or the body, it is listed in both places; the client sends
   * it to the last one listed, the only one marked required.
   */
  readonly params: readonly ParamSpec[];
  /** Scopes the user must have granted (any of them where Spotify accepts either). */
  readonly scopes: readonly Scope[];
  /** App modes that have this endpoint. */
  readonly modes: readonly AppMode[];
  /** Needs a user token (client-credentials tokens are refused). */
  readonly userOnly?: boolean;
  /** What Development Mode apps use instead, by endpoint id. */
  readonly replacedBy?: string;
  /** A "get several" endpoint: the list parameter, its limit, the answer's key, the single-item endpoint. */
  readonly batch?: {
    readonly param: string;
    readonly max: number;
    readonly key: string;
    readonly single: string;
  };
  /** How the body is sent: JSON (default when there are body params) or a base64 JPEG string. */
  readonly body?: 'json' | 'jpeg';
  /**
   * The furthest a page of this list reaches: `offset + limit` at most this many items (search: 1000,
   * "Maximum offset (including limit): 1,000" in Spotify's Search reference; Spotify answers a page
   * past it 400). Checked before any call (buildRequest).
   */
  readonly window?: number;
}
