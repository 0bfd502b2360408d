import { GraphQLError } from 'graphql';
import { asError } from '../spotify/errors.js';
import { idForm, oneOf, SPOTIFY_TYPES, type SpotifyType, validId, withArticle } from '../spotify/ids.js';
import { isCountryCode, isMarket } from '../spotify/markets.js';
import { uriOf } from '../spotify/uris.js';
import { canonicalUserName, isUserName, userNameOfSegment, userUri } from '../spotify/user-names.js';
import { badInput, toGraphQLError } from './errors.js';

export { parseUri, SPOTIFY_TYPES, type SpotifyType, validId } from '../spotify/ids.js';

/**
 * The URI of the object of `type` and `id`, the Node id: `spotify:<type>:<id>`, a user's name
 * percent-encoded (`spotify:user:%C3%A9milie`; userUri), so that one object has one id.
 */
export const uriOfId = (type: SpotifyType, id: string): string =>
  type === 'user' ? userUri(id) : uriOf(type, id);

/**
 * `spotify:user:<user>:playlist:<id>`: the older form of a playlist's URI, which Spotify sent for years
 * (and still does in some answers and contexts) for the playlist `spotify:playlist:<id>` names.
 */
const USER_PLAYLIST_URI = /^spotify:user:([^:]+):playlist:([^:]+)$/;

/**
 * Whether `segment` is a user name as a Spotify URI writes it: a newer user name, or an older one with
 * other characters, percent-encoded (`%C3%A9milie` for `émilie`, `a%40b.com`, `a+b` or `a%20b` for
 * `a b`). A malformed encoding (`%ZZ`, `%C3` alone, which is no UTF-8), a raw character outside that
 * set (`a/b`, `é`), a name of only dots or with a control character is refused (userNameOfSegment; v13
 * re-attack on issue 7, I1).
 */
const isUriUserName = (segment: string): boolean => userNameOfSegment(segment) !== undefined;

/**
 * Whether `uri` (from Spotify's answer) is the URI of the object of `type` and `id` itself:
 * `spotify:<type>:<id>`; for a chapter also `spotify:episode:<id>` (Spotify's ChapterObject says
 * `type: "episode"`); for a user any encoding of its name (`spotify:user:%C3%A9milie` or
 * `%c3%a9milie` for `émilie`); for a playlist also the older `spotify:user:<user>:playlist:<id>` with a
 * well-formed user name, percent-encoded or not (isUriUserName; the same playlist: Spotify resolves
 * both forms to it, so the user name is not compared with anything).
 */
export function isOwnUri(type: SpotifyType, id: string, uri: unknown): boolean {
  if (typeof uri !== 'string') return false;
  if (uri === `spotify:${type}:${id}`) return true;
  if (type === 'chapter') return uri === `spotify:episode:${id}`;
  if (type === 'user') return uri.startsWith('spotify:user:') && userNameOfSegment(uri.slice(13)) === id;
  if (type !== 'playlist') return false;
  const legacy = USER_PLAYLIST_URI.exec(uri);
  return legacy !== null && legacy[2] === id && isUriUserName(legacy[1]!);
}

/** The most characters an id argument's value may have, in any form (a share link's query included). */
export const MAX_ID_INPUT = 2048;

/**
 * The start of a share link: `https://` (any case) or no scheme, then `open.spotify.com` (the apps'
 * links), `www.open.spotify.com` or `play.spotify.com` (Spotify's web player until 2017, still in
 * older docs and posts), any case, and the path's `/` right after: no userinfo, no port.
 */
const LINK_START = /^(?:https:\/\/)?(?:www\.)?(?:open|play)\.spotify\.com(?=\/)/i;

/**
 * Spotify's short links (`https://spotify.link/<code>`, the apps' "Copy link" on phones; the older
 * `spotify.app.link/<code>`): a code only Spotify's servers resolve, by a redirect to the
 * open.spotify.com link. This server reads ids offline and follows no link, so they are refused saying so.
 */
const SHORT_LINK = /^(?:https?:\/\/)?(?:www\.)?spotify\.(?:app\.)?link(?:[/?#]|$)/i;

const SHORT_LINK_REFUSAL: Extract<IdInput, { form: 'refused' }> = {
  form: 'refused',
  reason:
    "is a spotify.link short link, which only Spotify's servers resolve (this server follows no link): open it in a browser and copy the open.spotify.com link it leads to",
};

/**
 * The pages of an artist that a share link may name past the artist's id, each the artist's own page
 * (open.spotify.com's discography pages: `/artist/<id>/discography`, `/discography/all`, `/album`,
 * `/single`, `/compilation`): such a link names the artist.
 */
const ARTIST_PAGE = /^discography(?:\/(?:all|album|single|compilation))?$/i;

/** A locale segment of a share link: `intl-fr`, `intl-pt-br`. */
const LOCALE = /^intl-[a-z]{2}(?:-[a-z]{2,4})?$/i;

/** What an id argument's value names before its kind is checked. */
type IdInput =
  | { form: 'bare' }
  /** A URI or share link: its type word and id, decoded (a user name as the URI or link encodes it). */
  | { form: 'named'; type: string; id: string }
  /** Why the value names nothing; `whole` when `reason` is the whole message (after the argument). */
  | { form: 'refused'; reason: string; whole?: boolean };

const NAMES_NOTHING: Extract<IdInput, { form: 'refused' }> = {
  form: 'refused',
  reason: 'names no Spotify object',
};

/**
 * `segment` decoded once (`j%C3%B6rg` is `jörg`; `%2541` is `%41`, never `A`), `+` read as a space
 * when `plus` (Spotify's URIs form-encode user names: `spotify:user:a+b` is `a b`; in a link's path a
 * `+` is itself). A malformed escape (`%zz`, `%E0%A4%A`) or escapes that are no UTF-8 (`%C3` alone)
 * is the refusal saying so.
 */
function decodeOnce(segment: string, plus: boolean): string | IdInput {
  const text = plus ? segment.replace(/\+/g, ' ') : segment;
  if (!text.includes('%')) return text;
  const example = '(jörg is j%C3%B6rg)';
  const bad = /%(?![0-9A-Fa-f]{2})[0-9A-Za-z]{0,2}/.exec(text);
  if (bad !== null) {
    return {
      form: 'refused',
      whole: true,
      reason: `has a malformed percent-escape "${bad[0]}": each escape is % and two hex digits, a name's bytes in UTF-8 ${example}`,
    };
  }
  try {
    return decodeURIComponent(text);
  } catch {
    return {
      form: 'refused',
      whole: true,
      reason: `has percent-escapes that are no UTF-8: a name is written as its UTF-8 bytes ${example}`,
    };
  }
}

/** The named input of `type` and a raw `id` segment, decoded once (decodeOnce). */
function named(type: string, segment: string, plus: boolean): IdInput {
  if (segment === '') return NAMES_NOTHING;
  const id = decodeOnce(segment, plus);
  return typeof id === 'string' ? { form: 'named', type, id } : id;
}

/**
 * A URI as typed: `spotify:<type>:<id>` (the scheme and the type word in any case: `SPOTIFY:Track:<id>`
 * is the track), a user's name percent- or form-encoded (`spotify:user:j%C3%B6rg`, `a+b`) or as it is
 * (`spotify:user:jörg`); the older `spotify:user:<user>:playlist:<id>` is the playlist
 * `spotify:playlist:<id>` (Spotify resolves both to it). Every id is percent-decoded once, as a link's
 * is (decodeOnce: `spotify:track:%34iV...` is `4iV...`; a malformed escape is refused); only a user's
 * `+` is a space.
 */
function uriInputOf(value: string): IdInput {
  const parts = value.split(':');
  const word = (i: number): string | undefined => parts[i]?.toLowerCase();
  if (parts.length === 5 && word(1) === 'user' && word(3) === 'playlist') {
    const user = named('user', parts[2]!, true);
    if (user.form !== 'named') return user;
    return isUserName(user.id) ? named('playlist', parts[4]!, false) : NAMES_NOTHING;
  }
  if (parts.length !== 3 || parts[1] === '') return NAMES_NOTHING;
  const type = word(1)!;
  return type === 'user' ? named('user', parts[2]!, true) : named(type, parts[2]!, false);
}

/**
 * A share link's path past `/<type>/<id>` (`rest`: its segments from the type word, three or more):
 * an artist's discography page (ARTIST_PAGE) names the artist; anything else is refused, naming the
 * object understood and the path past it, or as naming nothing when the type word is none of Spotify's.
 */
function deeperPathInput(type: string, rest: readonly string[]): IdInput {
  const page = rest.slice(2).join('/');
  if (type === 'artist' && ARTIST_PAGE.test(page)) return named(type, rest[1]!, false);
  if (!(SPOTIFY_TYPES as readonly string[]).includes(type)) return NAMES_NOTHING;
  return {
    form: 'refused',
    reason: `is a link to the ${type} ${rest[1]} with more path after it (/${page}), which names no Spotify object`,
  };
}

/**
 * A share link as the apps copy it or older docs print it (LINK_START): after the host, an optional
 * locale (`/intl-fr/`), an optional `/embed/` (or `/embed-podcast/`, the older podcast player), then
 * `/<type>/<id>` or the older `/user/<user>/playlist/<id>` (the playlist), an optional trailing slash;
 * the words of the path in any case (`/ALBUM/<id>`, `/Embed/`), the query (`?si=...`) and fragment
 * (`#...`) ignored. An artist's discography page (`/artist/<id>/discography/all`) is the artist; another
 * path past the id is refused naming the object understood (deeperPathInput). Each id segment is decoded
 * once (`/user/j%C3%B6rg` is `jörg`; decodeOnce); anything else names no Spotify object.
 */
function linkInputOf(value: string): IdInput {
  const start = LINK_START.exec(value);
  if (start === null) return NAMES_NOTHING;
  const path = value.slice(start[0].length + 1).split(/[?#]/, 1)[0]!;
  const segments = path.split('/');
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  let at = 0;
  if (LOCALE.test(segments[at] ?? '')) at += 1;
  if (/^embed(?:-podcast)?$/i.test(segments[at] ?? '')) at += 1;
  const rest = segments.slice(at);
  const word = (i: number): string | undefined => rest[i]?.toLowerCase();
  if (rest.length === 4 && word(0) === 'user' && word(2) === 'playlist') {
    const user = named('user', rest[1]!, false);
    if (user.form !== 'named') return user;
    return isUserName(user.id) ? named('playlist', rest[3]!, false) : NAMES_NOTHING;
  }
  if (rest.length < 2 || rest[1] === '') return NAMES_NOTHING;
  return rest.length === 2 ? named(word(0)!, rest[1]!, false) : deeperPathInput(word(0)!, rest);
}

/**
 * How `value` is written: a bare id, a URI or share link (its type word in lower case and its id
 * decoded once), or why it is none (a spotify.link short link among them: SHORT_LINK). The one reader of what a user types for an id: the resolvers (namedObject) and the call
 * estimate (inputAsUri) both read through it.
 */
function idInputOf(value: string): IdInput {
  if (value.trim() === '') return { form: 'refused', reason: 'is blank' };
  if (value.trim() !== value) return { form: 'refused', reason: 'has whitespace or a line break around it' };
  if (value.length > MAX_ID_INPUT)
    return { form: 'refused', reason: `is longer than ${MAX_ID_INPUT} characters` };
  if (/^spotify:/i.test(value)) return uriInputOf(value);
  if (SHORT_LINK.test(value)) return SHORT_LINK_REFUSAL;
  // A link with a scheme, or without one (`open.spotify.com/track/<id>`): no bare id holds a `/`.
  if (value.includes('/')) return linkInputOf(value);
  return { form: 'bare' };
}

/**
 * The object a URI or link names, read as Spotify reads it: a known type and an id of that type's form
 * (a user name in NFC), or undefined.
 */
function objectOfInput(input: IdInput): { type: SpotifyType; id: string } | undefined {
  if (input.form !== 'named') return undefined;
  const type = input.type as SpotifyType;
  if (!SPOTIFY_TYPES.includes(type) || !validId(type, input.id)) return undefined;
  return { type, id: type === 'user' ? canonicalUserName(input.id) : input.id };
}

/**
 * `value` as the URI of the object it names, when it is a URI or share link in any form taken
 * (idInputOf: `https://open.spotify.com/intl-fr/album/<id>?si=...` and `spotify:album:<id>` are
 * `spotify:album:<id>`; `spotify:user:x:playlist:<id>` is `spotify:playlist:<id>`; a user's as uriOfId
 * writes it), else `value` as it is (a bare id, or anything the checks refuse later). For readers
 * that key ids before the resolvers check them (the call estimate), so that they read them as the
 * resolvers do.
 */
export function inputAsUri(value: string): string {
  if (!value.includes(':') && !value.includes('/')) return value;
  const object = objectOfInput(idInputOf(value));
  return object === undefined ? value : uriOfId(object.type, object.id);
}

/**
 * The id an argument of `type` given `value` loads, as idOf reads it (a bare id, a URI or link in any
 * form; a user name decoded and in NFC; for a chapter, an episode URI or link), or undefined when idOf
 * would refuse it. Never throws: for readers that key ids before the resolvers check them (the call
 * estimate keys `user(id: "émilie")` and `user(id: "https://open.spotify.com/user/%C3%A9milie")` as one
 * object).
 */
export function loadedIdOf(type: SpotifyType, value: string): string | undefined {
  const input = idInputOf(value);
  if (input.form === 'bare') {
    if (!validId(type, value)) return undefined;
    return type === 'user' ? canonicalUserName(value) : value;
  }
  const object = objectOfInput(input);
  return object !== undefined && readAs(object.type, [type]) === type ? object.id : undefined;
}

/**
 * The one refusal of an id argument, worded the same for one kind whatever the field (`album(id:)`,
 * `albums(ids:)`, `node(id:)`, a library `uris` entry): `<argument> <reason>: give a Spotify album id
 * (22 base62 characters), URI (spotify:album:<id>) or share link (https://open.spotify.com/album/<id>)`;
 * `bare` says whether a bare id is one of the forms taken.
 */
function refuseId(
  allowed: readonly SpotifyType[],
  argument: string,
  value: string,
  reason: string,
  bare: boolean,
): never {
  const kind = oneOf(allowed);
  const one = allowed.length === 1 ? allowed[0]! : '<type>';
  const forms = `${bare ? `id (${idForm(allowed[0]!)}), ` : ''}URI (spotify:${one}:<id>) or share link (https://open.spotify.com/${one}/<id>)`;
  throw badInput(`${argument} ${reason}: give a Spotify ${kind} ${forms}`, argument, { got: value });
}

/**
 * The type `type` is read as where `allowed` are taken: a chapter's URI and link are an episode's
 * (Spotify's ChapterObject has `type: "episode"`, `uri: "spotify:episode:<id>"`, and its `href` is
 * under `/v1/episodes/`; reference spotify-openapi.yml), so where a chapter is asked and no episode,
 * `spotify:episode:<id>` and `https://open.spotify.com/episode/<id>` name the chapter `<id>`.
 */
const readAs = (type: SpotifyType, allowed: readonly SpotifyType[]): SpotifyType =>
  type === 'episode' && allowed.includes('chapter') && !allowed.includes('episode') ? 'chapter' : type;

/**
 * The type and id `value` names, one of `allowed`: a URI or a share link in any form idInputOf reads
 * (`spotify:album:<id>`, `https://open.spotify.com/intl-fr/album/<id>?si=...`), or when `bare` (one
 * allowed type) a bare id. Throws BAD_USER_INPUT (refuseId): for a blank value, one with whitespace
 * around it, one over MAX_ID_INPUT characters, one that names no Spotify object (another host, an
 * empty id, an unknown type), a short link (spotify.link: SHORT_LINK), a link with a path past its id
 * (deeperPathInput), another kind (`names an album`); a malformed percent-escape says so; a
 * malformed id of a kind is `has a malformed album id`, whatever the field.
 */
function namedObject(
  allowed: readonly SpotifyType[],
  value: string,
  argument: string,
  bare: boolean,
): { type: SpotifyType; id: string } {
  const input = idInputOf(value);
  if (input.form === 'refused') {
    if (input.whole) throw badInput(`${argument} ${input.reason}`, argument, { got: value });
    return refuseId(allowed, argument, value, input.reason, bare);
  }
  if (input.form === 'bare' && !bare)
    return refuseId(allowed, argument, value, 'is no Spotify URI or share link', bare);
  if (input.form === 'named' && !(SPOTIFY_TYPES as readonly string[]).includes(input.type))
    return refuseId(allowed, argument, value, NAMES_NOTHING.reason, bare);
  const type = input.form === 'bare' ? allowed[0]! : readAs(input.type as SpotifyType, allowed);
  if (!allowed.includes(type)) return refuseId(allowed, argument, value, `names ${withArticle(type)}`, bare);
  const id = input.form === 'bare' ? value : input.id;
  if (!validId(type, id)) {
    // One wording for a malformed id of a kind, whatever the field and the forms it takes.
    throw badInput(
      `${argument} has a malformed ${type} id: a Spotify ${type} id is ${idForm(type)}`,
      argument,
      {
        got: value,
      },
    );
  }
  return { type, id: type === 'user' ? canonicalUserName(id) : id };
}

/**
 * The id from a bare id, a URI or a share link of the expected type (a user name in NFC:
 * canonicalUserName); anything else is a BAD_USER_INPUT error (namedObject).
 */
export function idOf(type: SpotifyType, value: string, argument = 'id'): string {
  return namedObject([type], value, argument, true).id;
}

/**
 * The URI of one of the allowed types that `value` names, from a URI or a share link
 * (`https://open.spotify.com/track/<id>?si=...` is `spotify:track:<id>`). Anything else is refused
 * (namedObject), a malformed id of an allowed type (`spotify:album:nope`) as such.
 */
export function checkUri(value: string, allowed: readonly SpotifyType[], argument = 'uri'): string {
  const { type, id } = namedObject(allowed, value, argument, false);
  return uriOfId(type, id);
}

/** The object a `node(id:)` argument names: a URI or share link of any Spotify type (namedObject). */
export const nodeOf = (value: string, argument = 'id'): { type: SpotifyType; id: string } =>
  namedObject(SPOTIFY_TYPES, value, argument, false);

const MARKET = /^[A-Z]{2}$/;

/** Codes people write for a country that ISO 3166-1 (and so Spotify) writes otherwise. */
const MARKET_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/**
 * What a refused market value could have been: `: "UK" is "GB" in ISO 3166-1`, or the upper-case form of a
 * market written in lower case; '' when nothing fits. The value is echoed only when short and of letters.
 */
function marketHint(value: string): string {
  if (!/^[A-Za-z]{1,3}$/.test(value)) return '';
  const upper = value.toUpperCase();
  const alias = MARKET_ALIASES[upper];
  if (alias !== undefined) return ` ("${value}" is "${alias}" in ISO 3166-1)`;
  if (upper !== value && MARKET.test(upper) && isCountryCode(upper))
    return ` (codes are upper case: "${upper}")`;
  return ` ("${value}" is none)`;
}

/**
 * A market Spotify serves, or `from_token` (the client's rule: src/spotify/markets.ts isMarket); anything
 * else is BAD_USER_INPUT.
 */
export function checkMarket(value: string | null | undefined, argument = 'market'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isMarket(value)) {
    throw badInput(
      `${argument} must be a market Spotify serves, an ISO 3166-1 alpha-2 code such as "SE", or "from_token"${marketHint(value)}`,
      argument,
    );
  }
  return value;
}

/** An integer argument within bounds. */
export function checkRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be between ${min} and ${max}, got ${value}`, argument);
  }
  return value;
}

/**
 * Most entries a list of enum values takes (`Artist.albums(includeGroups:)`, `search(types:)`): each
 * value once is all Spotify reads (4 album groups, 7 search types), so this leaves room for repeats
 * while an 80,000-entry list is refused before it is read entry by entry (attack 5, F1: it held the
 * event loop for 0.2 s per field, 0.46 s for 30 aliases).
 */
export const MAX_ENUM_ENTRIES = 50;

/** BAD_USER_INPUT (`At most 50 types, got 80000`, argument `argument`) when `list` holds more than `max` entries. */
export function checkEntryCount(list: readonly unknown[], max: number, argument: string): void {
  if (list.length > max) throw badInput(`At most ${max} ${argument}, got ${list.length}`, argument);
}

/** How many entries a list's one error names by index (oneRefusalPerList, oneNotFoundPerList); its count says the rest. */
const NAMED_REFUSALS = 5;

/**
 * The entries of a checked list argument (`ids`, each a value or why it was refused) with its refusals
 * (BAD_USER_INPUT errors) made one: the first refused entry carries one error, the first refusal's
 * message followed by how many more entries were refused and the first of them by index (`; 99 more
 * ids refused, each null: ids[1], ids[2], ...`; extensions `refusedCount`, the count, and `refused`,
 * the first NAMED_REFUSALS indexes), and every later refused entry is null with no error of its own.
 * An answer holds one error per list field whatever its refused entries (attack 3, H7h: 30 aliases of
 * 100 malformed ids were 3,000 errors, 667 KB); its good entries keep their values. Other errors stay
 * each its entry's own.
 */
export function oneRefusalPerList<T>(
  entries: readonly (T | Error)[],
  argument = 'ids',
): (T | Error | null)[] {
  return oneErrorPerList(entries, isRefusal, 'refused', argument);
}

/**
 * The entries of a list of `kind` errors made one (oneRefusalPerList, oneNotFoundPerList): the first
 * such entry carries one error, its own message followed by `; N more <argument> <verb>, each null:
 * <argument>[i], ...`, its own extensions and `refusedCount` (how many entries it stands for) and
 * `refused` (the first NAMED_REFUSALS + 1 indexes); every later such entry is null without an error.
 * The same two extensions whatever the kind, so that a client reads any list's one error alike: its
 * `code` says why (BAD_USER_INPUT, SPOTIFY_NOT_FOUND). Fewer than two such entries: `entries` as given.
 */
function oneErrorPerList<T>(
  entries: readonly (T | Error)[],
  kind: (entry: unknown) => entry is GraphQLError,
  verb: string,
  argument: string,
): (T | Error | null)[] {
  const refused: number[] = [];
  entries.forEach((entry, i) => {
    if (kind(entry)) refused.push(i);
  });
  if (refused.length < 2) return [...entries];
  const one = groupedRefusal(entries[refused[0]!] as GraphQLError, refused, argument, `${verb}, each null`);
  return entries.map((entry, i) => (i === refused[0] ? one : kind(entry) ? null : entry));
}

/**
 * The one error of a list's refused or unknown entries (`refused`, their indexes, at least one;
 * `first`, the first one's error): its message followed by how many more entries there are, what
 * became of them (`said`: `refused, each null`, `not found, each null`, `refused, nothing sent`) and
 * the first NAMED_REFUSALS of them by index (`; 99 more ids refused, each null: ids[1], ... and 94 more`),
 * extensions `refusedCount` (the count) and `refused` (the first NAMED_REFUSALS + 1 indexes). Shared by
 * the lists that keep their good entries (oneRefusalPerList) and those refused whole (eachChecked).
 */
function groupedRefusal(
  first: GraphQLError,
  refused: readonly number[],
  argument: string,
  said: string,
): GraphQLError {
  const more = refused.slice(1);
  const named = more.slice(0, NAMED_REFUSALS).map((i) => `${argument}[${i}]`);
  const rest = more.length > named.length ? ` and ${more.length - named.length} more` : '';
  const noun = more.length === 1 ? singular(argument) : argument;
  const tail = more.length > 0 ? `; ${more.length} more ${noun} ${said}: ${named.join(', ')}${rest}` : '';
  return new GraphQLError(`${first.message}${tail}`, {
    extensions: {
      ...first.extensions,
      refusedCount: refused.length,
      refused: refused.slice(0, NAMED_REFUSALS + 1),
    },
  });
}

/**
 * One entry of the list argument `argument` named in words: `ids` -> `id`, `uris` -> `uri`,
 * `seedArtists` -> `seedArtist` (every list argument is a plural ending in s), so that a count of one
 * reads "1 more id", not "1 more ids" (s38 new-user pass, finding 11a).
 */
const singular = (argument: string): string => (argument.endsWith('s') ? argument.slice(0, -1) : argument);

/**
 * Each value of a list argument checked (`check(value, index)`, which throws BAD_USER_INPUT for a
 * refused entry), for a list refused whole on any refused entry (the mutations and checks that send
 * nothing then): the checked values, or throws ONE BAD_USER_INPUT naming every refused entry
 * (groupedRefusal: `; 3 more uris refused, nothing sent: uris[2], ...`, `refusedCount`, `refused`),
 * so a caller fixes them all in one round trip (issue 7). Other errors are thrown as they come.
 */
export function eachChecked<T>(
  values: readonly string[],
  check: (value: string, index: number) => T,
  argument: string,
): T[] {
  const entries = values.map((value, index): T | GraphQLError => {
    try {
      return check(value, index);
    } catch (error) {
      if (isRefusal(error)) return error;
      throw error;
    }
  });
  const refused = entries.flatMap((entry, i) => (isRefusal(entry) ? [i] : []));
  if (refused.length === 0) return entries as T[];
  throw groupedRefusal(entries[refused[0]!] as GraphQLError, refused, argument, 'refused, nothing sent');
}

/** Whether `entry` is an entry's refusal (a BAD_USER_INPUT error). */
const isRefusal = (entry: unknown): entry is GraphQLError =>
  entry instanceof GraphQLError && entry.extensions.code === 'BAD_USER_INPUT';

/** Whether `entry` says Spotify has no such object (SPOTIFY_NOT_FOUND: a batch answer's null, a single call's 404). */
const isNotFound = (entry: unknown): entry is GraphQLError =>
  entry instanceof GraphQLError && entry.extensions.code === 'SPOTIFY_NOT_FOUND';

/**
 * The entries of a list field by ids (`albums(ids:)`, `nodes(ids:)`, ...: each a load, a value or
 * null) with their SPOTIFY_NOT_FOUND errors made one, as oneRefusalPerList makes refusals one: once
 * every entry has settled, the first unknown id's entry carries one error (`No album with id X; 99 more
 * ids not found, each null: ids[1], ...`, extensions `refusedCount` and `refused`), every later unknown
 * id's entry is null without an error, and every other entry keeps its value or its own error. Each
 * entry that was a promise is still a promise of its own (an error rejects it), so an answer holds one
 * not-found error per list field whatever its unknown ids (issue 7: 30 aliases of 100 unknown ids were
 * 3,000 errors, 470 KB). The entries wait for each other; Spotify's calls for them are those they made.
 */
export function oneNotFoundPerList<T>(
  entries: readonly (Promise<T> | null)[],
  argument = 'ids',
): (Promise<T | null> | null)[] {
  if (entries.filter((entry) => entry instanceof Promise).length < 2) return [...entries];
  const merged = Promise.allSettled(entries).then((outcomes) =>
    oneErrorPerList(
      outcomes.map((outcome) =>
        outcome.status === 'fulfilled' ? outcome.value : entryError(outcome.reason),
      ),
      isNotFound,
      'not found',
      argument,
    ),
  );
  return entries.map((entry, i) =>
    entry instanceof Promise
      ? merged.then((list) => {
          const settled = list[i];
          if (settled instanceof Error) throw settled;
          return settled as T | null;
        })
      : entry,
  );
}

/** A failed entry's error: Spotify's 404 as its SPOTIFY_NOT_FOUND (as the answer would show it), any other as it is. */
function entryError(reason: unknown): Error {
  const error = asError(reason);
  const shown = toGraphQLError(error);
  return shown !== undefined && isNotFound(shown) ? shown : error;
}

/**
 * Each raw id of a list argument checked on its own: the id, the BAD_USER_INPUT error of the list's
 * refused entries (on the first refused entry), or null for a later refused entry (oneRefusalPerList).
 * Loaders turn an error entry into that entry's own rejection (null in the list with its own error, no
 * Spotify call), so a bad id does not fail its siblings. Callers check the list's length first.
 */
export function eachId(
  values: readonly string[],
  check: (value: string, index: number) => string,
): IdOrError[] {
  return oneRefusalPerList(
    values.map((value, index) => {
      try {
        return check(value, index);
      } catch (error) {
        return asError(error);
      }
    }),
  );
}

/** An entry of a checked id list: the id, why it was refused, or null (refused, the list's error on another entry). */
export type IdOrError = string | Error | null;
