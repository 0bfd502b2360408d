/**
 * The fields Spotify's February 2026 change stopped sending to Development Mode apps, left out of the
 * emulator's answers to its Development app as Spotify leaves them out.
 */

/**
 * By object `type`: Spotify's changelog (https://developer.spotify.com/documentation/web-api/references/changes/february-2026,
 * "Changes to fields", as quoted in rinukkusu/spotify-dart#253 and adamint/spotify-web-api-kotlin#344;
 * the reference spec marks them `deprecated`). `external_ids` of albums and tracks was on that list
 * and is not here: the March 2026 changelog reverted it (it "will continue to be available"). The
 * user's fields are those of `GET /me` (other users' profiles are refused to a Development app).
 */
export const DEVELOPMENT_REMOVED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  album: ['album_group', 'available_markets', 'label', 'popularity'],
  artist: ['followers', 'popularity'],
  track: ['available_markets', 'linked_from', 'popularity'],
  show: ['available_markets', 'publisher'],
  audiobook: ['available_markets', 'publisher'],
  chapter: ['available_markets'],
  user: ['country', 'email', 'explicit_content', 'followers', 'product'],
};

/**
 * A copy of a JSON answer `body` with the fields Development Mode apps no longer get taken out of
 * every object whose `type` lists them (DEVELOPMENT_REMOVED_FIELDS), at any depth (an album's tracks,
 * a track's album and artists, a page's items). `body` itself is not changed: the emulator's answers
 * share their objects with its state.
 */
export function withoutDevelopmentRemovedFields(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withoutDevelopmentRemovedFields);
  if (body === null || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  const removed = typeof record.type === 'string' ? DEVELOPMENT_REMOVED_FIELDS[record.type] : undefined;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!removed?.includes(key)) copy[key] = withoutDevelopmentRemovedFields(value);
  }
  return copy;
}
