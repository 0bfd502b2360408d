import type { Track } from '../spotify/endpoints/objects.js';
import { isLocalUri, localTrackOf, MAX_LOCAL_SECONDS, MAX_LOCAL_URI_CHARS } from '../spotify/local-files.js';
import { badInput } from './errors.js';

/**
 * Local files (`spotify:local:artist:album:title:seconds`): the rule and the reader live in the client
 * (src/spotify/local-files.ts), which checks the URIs of its list options by it too; here, the refusal
 * of one given as an id.
 */
export { isLocalUri, localTrackOf, MAX_LOCAL_SECONDS, MAX_LOCAL_URI_CHARS } from '../spotify/local-files.js';

/**
 * The local file an id the caller gave names (`node(id:)`, `nodes(ids:)`): undefined when the id is no
 * `spotify:local:` URI (it may be another kind of id); throws BAD_USER_INPUT (naming `argument`) for
 * one checkLocalUri refuses (too long, naming no local file) and one whose
 * duration no `durationMs` can hold. The URI is the caller's input, so a duration out of
 * range is refused as such, never reported as a value Spotify sent.
 */
export function localTrackOfInput(value: string, argument: string): Track | undefined {
  if (!value.startsWith('spotify:local:')) return undefined;
  const track = localTrackOf(checkLocalUri(value, argument))!;
  if ((track.duration_ms ?? 0) > MAX_LOCAL_SECONDS * 1000) {
    throw badInput(
      `${argument} is a spotify:local: URI whose duration is beyond ${MAX_LOCAL_SECONDS} seconds`,
      argument,
    );
  }
  return track;
}

/**
 * A `spotify:local:` URI the caller gave, as it is when it names a local file (the client's rule,
 * isLocalUri, which its list options check by too); throws BAD_USER_INPUT (naming `argument`) for one
 * longer than MAX_LOCAL_URI_CHARS or one that names no local file. The value is not quoted: its length
 * and the rule say what is wrong, and stay bounded.
 */
export function checkLocalUri(value: string, argument: string): string {
  if (value.length > MAX_LOCAL_URI_CHARS) {
    throw badInput(
      `${argument} is a spotify:local: URI of ${value.length} characters: at most ${MAX_LOCAL_URI_CHARS}`,
      argument,
    );
  }
  if (!isLocalUri(value)) {
    throw badInput(
      `${argument} is a malformed spotify:local: URI: it needs four parts (artist:album:title:seconds), each form-encoded (well-formed escapes of UTF-8), without control, bidirectional or line-separator characters`,
      argument,
    );
  }
  return value;
}
