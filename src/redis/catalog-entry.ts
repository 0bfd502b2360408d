/**
 * Whether a value read from the shared catalog level (Redis) is an entry for `key` (`<type>:<id>:<market>`,
 * see catalogKey): a plain object whose `type` and `id` are the ones asked. Redis is shared by every
 * instance and any operator, so an entry is not trusted as it is: another object's JSON stored under
 * the key, a hand-written object, `null`, an array or a number are misses (Spotify is asked), never
 * served. Spotify facts: catalog objects carry `type` (`album`, `artist`, `track`, `show`, `episode`,
 * `audiobook`, `chapter`; audio features carry `audio_features` and the track's `id`); a relinked track
 * carries the id asked for in `linked_from.id` (Track Relinking, Spotify's Web API reference). The
 * string fields every object of the type has (REQUIRED_STRINGS; Spotify's reference marks them
 * required) must be strings too, so a hand-written `{ id, type }` does not reach the resolvers.
 */
const REQUIRED_STRINGS: Record<string, readonly string[]> = {
  album: ['name', 'uri', 'album_type'],
  audio_features: ['uri'],
};

export function isCatalogEntryFor(key: string, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const [type, id] = key.split(':');
  if (!type || !id) return false;
  const entry = value as { type?: unknown; id?: unknown; linked_from?: unknown };
  const spotifyType = type === 'audioFeatures' ? 'audio_features' : type;
  if (entry.type !== spotifyType) return false;
  const fields = REQUIRED_STRINGS[spotifyType] ?? ['name', 'uri'];
  if (fields.some((field) => typeof (value as Record<string, unknown>)[field] !== 'string')) return false;
  if (entry.id === id) return true;
  if (type !== 'track' || typeof entry.linked_from !== 'object' || entry.linked_from === null) return false;
  return (entry.linked_from as { id?: unknown }).id === id;
}
