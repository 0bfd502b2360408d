/**
 * Descriptions of id arguments: the forms an id argument reads, as src/resolvers/ids.ts reads them
 * (idOf, checkUri, nodeOf; README "Ids a user types"): the bare id, the URI, or a share link in any
 * form the apps copy or older docs print (`https://open.spotify.com/intl-fr/<type>/<id>?si=...`,
 * `open.spotify.com/...`, `/embed/...`, `play.spotify.com`).
 */

/** `kind`'s id as a user types it: a user's is the user name. */
const bareId = (kind: string): string => (kind === 'user' ? 'id (user name)' : 'id');

/** One object of `kind` by id: `The album's id, URI or share link (...)`. */
export const idArg = (kind: string): string =>
  `The ${kind}'s ${bareId(kind)}, URI or share link (\`spotify:${kind}:<id>\`, \`https://open.spotify.com/${kind}/<id>\`).`;

/** Many objects of `kind` by id: each entry as `idArg` reads it. */
export const idsArg = (kind: string): string =>
  `Each ${kind}'s ${bareId(kind)}, URI or share link (\`spotify:${kind}:<id>\`, \`https://open.spotify.com/${kind}/<id>\`).`;

/** Objects of the kinds `kinds` names (`Track or episode`), by URI or share link only (no bare id). */
export const urisArg = (kinds: string): string =>
  `${kinds} URIs or share links (\`spotify:track:<id>\`, \`https://open.spotify.com/track/<id>\`).`;

/** One object of the kinds `kinds` names (`A track or episode`), by URI or share link only. */
export const uriArg = (kinds: string): string =>
  `${kinds} URI or share link (\`spotify:track:<id>\`, \`https://open.spotify.com/track/<id>\`).`;

/** `node(id:)`: any object by URI or share link. */
export const OBJECT_ID =
  'A Spotify URI or share link of any type (`spotify:album:<id>`, `https://open.spotify.com/album/<id>`).';

/** `nodes(ids:)`: each entry as `node(id:)` reads it. */
export const OBJECT_IDS =
  'Spotify URIs or share links of any type (`spotify:album:<id>`, `https://open.spotify.com/album/<id>`).';

/**
 * `chapter(id:)`: Spotify writes a chapter's URI and link as an episode's (ChapterObject `uri:
 * "spotify:episode:<id>"`, reference spotify-openapi.yml); both are read as the chapter.
 */
export const CHAPTER_ID =
  "The chapter's id, URI or share link (`spotify:chapter:<id>`, or as Spotify writes a chapter's: `spotify:episode:<id>`, `https://open.spotify.com/episode/<id>`).";

/** `chapters(ids:)`: each entry as `chapter(id:)` reads it. */
export const CHAPTER_IDS =
  "Each chapter's id, URI or share link (`spotify:chapter:<id>`, or as Spotify writes a chapter's: `spotify:episode:<id>`, `https://open.spotify.com/episode/<id>`).";
