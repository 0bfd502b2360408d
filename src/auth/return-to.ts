/**
 * Checks a `returnTo` of /auth/login: a path on this server (`/graphql`, `/app?tab=1`), or an absolute
 * URL whose origin is in ALLOWED_ORIGINS. Answers what to redirect to after sign-in, or undefined
 * when it must be refused (another origin, a scheme-relative `//host`, backslashes, control characters:
 * anything that could make the callback an open redirect). A path is judged after the URL parser has
 * normalised it (dot segments, percent-encoded dots): `/.//evil.example` and `/%2e//evil.example` become
 * `//evil.example`, which a browser reads as another host, so they are refused too.
 */
export function checkReturnTo(
  value: string,
  ownOrigin: string,
  allowedOrigins: readonly string[],
): string | undefined {
  if (value === '' || value.length > 2048) return undefined;
  // Browsers treat "\" like "/" and skip tabs and newlines: refuse them outright.
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    return undefined;
  }
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return undefined;
    let url: URL;
    try {
      url = new URL(value, ownOrigin);
    } catch {
      return undefined;
    }
    if (url.origin !== ownOrigin) return undefined;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!isSafeLocalPath(path)) return undefined;
    return path;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.origin === ownOrigin || allowedOrigins.includes(url.origin)) return url.toString();
  return undefined;
}

/**
 * Whether a normalised path is safe as a relative `Location`: one leading `/` not followed by `/` or
 * a backslash (which browsers read as a scheme-relative URL to another host).
 */
export function isSafeLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && !path.includes('\\');
}
