import { isObject } from '../spotify/json-object.js';
import { badValue } from './bad-values.js';
import { contextUriOf } from './player.js';

/**
 * The documented shape of what the player pollers read (src/resolvers/player-resources.ts), checked
 * whole before any subscriber sees it: an answer with a field of another type than Spotify's
 * reference gives it (`is_playing: "yes"`, `device: 5`, `item: "x"`, `progress_ms: "a"`, a device
 * without `id`, a queue entry that is a number) is a failed poll, as the README's "Live playback"
 * section says: the stream keeps its last value and sends it again marked stale (`badValue: true`), or,
 * with no value yet, gets the error. Never a value with that one field nulled, which would read as news
 * about the player (v4 attack on issue 7). Queries keep their per-field errors (a field's null with its
 * badValue error, its siblings answering): a query answers once, so a partial answer is its best one.
 *
 * Source: Spotify's Web API reference (2026), CurrentlyPlayingContextObject, DeviceObject, QueueObject,
 * TrackObject, EpisodeObject, ChapterObject, ContextObject, DisallowsObject, ImageObject. Nullable
 * where Spotify sends null: a device's `id` and `volume_percent`, a playback's `context`, `item` and
 * `progress_ms` (nothing playing, an ad), a local file's ids, URIs, hrefs, album type and release date.
 * A field left out is checked only where the reference or the schema requires it (`!` below).
 */

/**
 * How one field is checked: a word (`str`, `int`, `num`, `bool`, `obj`, `list`, or `word:a/b/c` for
 * one of those words), `!` before it when the field must be there, `|null` after it when Spotify may
 * send null; or a function given the value (when present, null included) and its path.
 */
type Rule = string | ((value: unknown, at: string) => void);
type Spec = Readonly<Record<string, Rule>>;

/** What each word of a rule accepts, and its name in an error message. */
const KINDS: Readonly<Record<string, readonly [(value: unknown) => boolean, string]>> = {
  str: [(value) => typeof value === 'string', 'a string'],
  int: [(value) => Number.isSafeInteger(value), 'an integer'],
  num: [(value) => typeof value === 'number' && Number.isFinite(value), 'a number'],
  bool: [(value) => typeof value === 'boolean', 'a boolean'],
  obj: [isObject, 'an object'],
  list: [Array.isArray, 'a list'],
};

/** A field's value Spotify left out (or sent null) where its reference has one. */
const missing = (at: string) => badValue(`Spotify's answer has no value for ${at}`);
/** A field's value of another type than the reference's (the value is never quoted: it is Spotify's). */
const wrong = (at: string, what: string) =>
  badValue(`Spotify's answer has a value for ${at} that is not ${what}`);

/** Checks `value` (the field at `at`) against a word rule; throws `badValue` when it does not hold. */
function checkWord(rule: string, value: unknown, at: string): void {
  const required = rule.startsWith('!');
  const nullable = rule.endsWith('|null');
  const word = rule.slice(required ? 1 : 0, nullable ? -'|null'.length : undefined);
  if (value === undefined) {
    if (required) throw missing(at);
    return;
  }
  if (value === null) {
    if (!nullable) throw missing(at);
    return;
  }
  if (word.startsWith('word:')) {
    if (
      !word
        .slice('word:'.length)
        .split('/')
        .includes(value as string)
    )
      throw wrong(at, 'a word it documents');
    return;
  }
  const [holds, name] = KINDS[word]!;
  if (!holds(value)) throw wrong(at, name);
}

/**
 * Checks the object `value` at `at` (`''` for the answer itself) field by field against `spec`: a
 * function rule is given every field it names, left out or not; fields the spec does not name pass.
 */
function checkObject(value: unknown, at: string, spec: Spec): void {
  if (!isObject(value)) throw wrong(at === '' ? 'the answer' : at, 'an object');
  for (const [key, rule] of Object.entries(spec)) {
    const field = at === '' ? key : `${at}.${key}`;
    if (typeof rule === 'string') checkWord(rule, value[key], field);
    else rule(value[key], field);
  }
}

/** A rule for an object field (`required`: must be there; `nullable`: may be null). */
const object =
  (spec: Spec | (() => Spec), required = false, nullable = false): Rule =>
  (value, at) => {
    if (value === null && nullable) return;
    if (value === undefined && !required) return;
    checkObject(value, at, typeof spec === 'function' ? spec() : spec);
  };

/** A rule for a list field whose entries are each `entry` (never null). */
const listOf =
  (entry: Rule, required = false): Rule =>
  (value, at) => {
    if (value === undefined && !required) return;
    if (!Array.isArray(value))
      throw value === null || value === undefined ? missing(at) : wrong(at, 'a list');
    value.forEach((item: unknown, index) => {
      const field = `${at}[${index}]`;
      if (typeof entry === 'string') checkWord(`!${entry}`, item, field);
      else if (item === null || item === undefined) throw missing(field);
      else entry(item, field);
    });
  };

const IMAGE: Spec = { url: '!str', height: 'int|null', width: 'int|null' };
const IMAGES = listOf(object(IMAGE));
/** What every object carries (a local file's `href` and `uri` are null, its `external_urls` `{}`). */
const LINKS: Spec = { href: 'str|null', uri: 'str|null', external_urls: 'obj' };

const ARTIST: Spec = { ...LINKS, id: 'str|null', name: 'str', type: 'str' };
const ALBUM: Spec = {
  ...LINKS,
  id: 'str|null',
  name: 'str',
  type: 'str',
  album_type: 'str|null',
  total_tracks: 'int',
  release_date: 'str|null',
  release_date_precision: 'str|null',
  images: IMAGES,
  artists: listOf(object(ARTIST)),
  available_markets: listOf('str'),
};
const SHOW: Spec = {
  ...LINKS,
  id: 'str',
  name: 'str',
  publisher: 'str',
  description: 'str',
  explicit: 'bool',
  images: IMAGES,
  total_episodes: 'int',
  media_type: 'str',
};
/** What tracks, episodes and chapters share. */
const PLAYABLE: Spec = {
  ...LINKS,
  id: 'str|null',
  name: 'str',
  duration_ms: 'int',
  explicit: 'bool',
  is_playable: 'bool',
  restrictions: 'obj',
  available_markets: listOf('str'),
};
const TRACK: Spec = {
  ...PLAYABLE,
  is_local: 'bool',
  popularity: 'int',
  track_number: 'int',
  disc_number: 'int',
  preview_url: 'str|null',
  external_ids: 'obj',
  linked_from: 'obj',
  album: object(() => ALBUM),
  artists: listOf(object(ARTIST)),
};
const EPISODE: Spec = {
  ...PLAYABLE,
  description: 'str',
  html_description: 'str',
  release_date: 'str',
  release_date_precision: 'str',
  images: IMAGES,
  languages: listOf('str'),
  resume_point: 'obj',
  show: object(SHOW),
};
const CHAPTER: Spec = { ...PLAYABLE, chapter_number: 'int', images: IMAGES, audiobook: 'obj' };
const ITEM_SPECS: Readonly<Record<string, Spec>> = { track: TRACK, episode: EPISODE, chapter: CHAPTER };

/**
 * A playing or queued item: an object whose `type` is a string; a track, episode or chapter checked as
 * such. Another type passes on, for the item's own SPOTIFY_UNSUPPORTED_ITEM error (unmodelled.ts).
 */
const item: Rule = (value, at) => {
  if (value === undefined) throw missing(at);
  checkObject(value, at, { type: '!str' });
  checkObject(value, at, ITEM_SPECS[(value as { type: string }).type] ?? PLAYABLE);
};

const DEVICE: Spec = {
  id: '!str|null',
  name: '!str',
  type: '!str',
  is_active: '!bool',
  is_private_session: '!bool',
  is_restricted: '!bool',
  supports_volume: '!bool',
  volume_percent: (value, at) => {
    checkWord('int|null', value, at);
    if (typeof value === 'number' && (value < 0 || value > 100)) throw wrong(at, 'a percentage');
  },
};

const CONTEXT: Spec = { ...LINKS, type: '!str' };

/** A context: its fields' types, then its `uri` as the query reads it (contextUriOf: names a context of its type). */
const context: Rule = (value, at) => {
  if (value === null || value === undefined) return;
  checkObject(value, at, CONTEXT);
  try {
    contextUriOf(value as Parameters<typeof contextUriOf>[0]);
  } catch {
    throw wrong(`${at}.uri`, 'a context URI of its type');
  }
};

const FLAGS: Spec = Object.fromEntries(
  [
    'interrupting_playback',
    'pausing',
    'resuming',
    'seeking',
    'skipping_next',
    'skipping_prev',
    'toggling_repeat_context',
    'toggling_repeat_track',
    'toggling_shuffle',
    'transferring_playback',
  ].map((flag) => [flag, 'bool']),
);
/** A nullable item: a playback's `item`, the queue's `currently_playing` (null or left out: none). */
const maybeItem: Rule = (value, at) => (value === null || value === undefined ? undefined : item(value, at));

/** The disallowed actions: flat, as documented, or nested under `disallows`, as sent (disallowsOf). */
const ACTIONS: Spec = { ...FLAGS, disallows: object(FLAGS) };

const STATE: Spec = {
  device: object(DEVICE, false, true),
  repeat_state: '!word:off/track/context',
  shuffle_state: '!bool',
  context,
  timestamp: 'int',
  progress_ms: 'int|null',
  is_playing: '!bool',
  item: maybeItem,
  currently_playing_type: '!word:track/episode/ad/unknown',
  actions: object(ACTIONS),
};

const QUEUE: Spec = {
  currently_playing: maybeItem,
  queue: listOf(item, true),
};

const DEVICES: Spec = { devices: listOf(object(DEVICE, true), true) };

/**
 * Checks a player poll's answer against its documented shape: `state` (`GET /me/player`: null when
 * nothing is active, else a CurrentlyPlayingContextObject), `devices` (`{ devices: DeviceObject[] }`),
 * `queue` (a QueueObject). Returns the answer unchanged; throws a `badValue` GraphQLError
 * (`SPOTIFY_UNAVAILABLE`, `badValue: true`) naming the first field that does not hold, its path in the
 * answer (`item.album.images[0].url`), never its value.
 */
export function checkedPlayerAnswer(resource: 'state' | 'devices' | 'queue', answer: unknown): unknown {
  if (resource === 'state' && answer === null) return answer;
  checkObject(answer, '', resource === 'state' ? STATE : resource === 'devices' ? DEVICES : QUEUE);
  return answer;
}
