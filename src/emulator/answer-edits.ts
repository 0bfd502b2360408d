/**
 * Edits to a route's own JSON answer, for fault rules that make one field of Spotify's answer wrong
 * while the rest stays true: `set` puts a value at a JSON Pointer (RFC 6901: `/devices/0/name`,
 * `/items/2`), `unset` removes the member or list entry there. Spotify's answers sometimes carry a
 * field of the wrong type, a null where a value is documented, or an entry that is no object: these
 * edits produce each of them on any route.
 */

/** The most edits one fault rule carries. */
export const MAX_EDITS = 32;

/** A JSON Pointer's reference tokens (`~1` is `/`, `~0` is `~`); undefined when it is no pointer. */
export function pointerTokens(pointer: string): string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The container that holds the pointer's last token, and that token; undefined when it is not there. */
function parentOf(body: unknown, tokens: string[]): { parent: object; key: string } | undefined {
  let at: unknown = body;
  for (const token of tokens.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[token];
  }
  const key = tokens.at(-1);
  if (typeof at !== 'object' || at === null || key === undefined) return undefined;
  return { parent: at, key };
}

/**
 * `body` (a decoded JSON answer, changed in place) with `set` and `unset` applied: a pointer whose
 * parent is not there changes nothing; a list entry removed closes the gap.
 */
export function editAnswer(
  body: unknown,
  set: Readonly<Record<string, unknown>> = {},
  unset: readonly string[] = [],
): unknown {
  for (const [pointer, value] of Object.entries(set)) {
    const found = parentOf(body, pointerTokens(pointer) ?? []);
    if (found) (found.parent as Record<string, unknown>)[found.key] = structuredClone(value);
  }
  for (const pointer of unset) {
    const found = parentOf(body, pointerTokens(pointer) ?? []);
    if (!found) continue;
    if (Array.isArray(found.parent)) {
      const index = Number(found.key);
      if (Number.isInteger(index) && index >= 0) found.parent.splice(index, 1);
    } else delete (found.parent as Record<string, unknown>)[found.key];
  }
  return body;
}
