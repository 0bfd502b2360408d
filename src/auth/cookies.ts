/** Reads a Cookie header into a map (the first value of a repeated name wins). */
export function parseCookies(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (cookies.has(name)) continue;
    const raw = part.slice(at + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/** Names and attributes of the server's cookies, which depend on whether its public URL is https. */
export interface CookiePolicy {
  /** The session cookie's name: `__Host-sg_session` behind https, `sg_session` otherwise. */
  readonly session: string;
  /** The login-attempt cookie's name (`__Host-sg_login` / `sg_login`). */
  readonly login: string;
  /** A Set-Cookie value. `maxAgeSeconds` 0 deletes the cookie. */
  serialize(name: string, value: string, maxAgeSeconds: number): string;
}

/**
 * HttpOnly, SameSite=Lax, Path=/ cookies; behind https also Secure with the `__Host-` prefix (which
 * the browser only accepts from a secure origin, for Path=/ and without Domain).
 */
export function cookiePolicy(secure: boolean): CookiePolicy {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}sg_session`,
    login: `${prefix}sg_login`,
    serialize(name, value, maxAgeSeconds) {
      const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
      parts.push(`Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`);
      if (secure) parts.push('Secure');
      return parts.join('; ');
    },
  };
}
