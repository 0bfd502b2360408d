/**
 * Whether two origins are the same *site* for a browser's SameSite cookie rule: the same scheme and
 * the same registrable domain (https://html.spec.whatwg.org/#same-site). Without the Public Suffix List
 * the registrable domain is taken as the host's last two labels, and an IP address or a one-label name
 * (`localhost`) is its own site: so `http://localhost:5173` and `http://127.0.0.1:4000` are two sites,
 * `https://app.example.com` and `https://api.example.com` one. A suffix such as `co.uk` makes two sites
 * look like one (no hint then), never the other way round. Throws nothing: an unparsable origin is
 * treated as the same site.
 */
export function isSameSite(a: string, b: string): boolean {
  let left: URL;
  let right: URL;
  try {
    left = new URL(a);
    right = new URL(b);
  } catch {
    return true;
  }
  return left.protocol === right.protocol && siteOf(left.hostname) === siteOf(right.hostname);
}

function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  const labels = host.split('.');
  return labels.length <= 2 ? host : labels.slice(-2).join('.');
}

/**
 * The operator's hint when a sign-in returns to `returnTo` (an absolute URL) on another site than the
 * server's own origin: the session cookie (SameSite=Lax) is then not sent on that page's fetches, so
 * its user stays anonymous. Undefined for a path or a same-site URL.
 */
export function crossSiteReturnHint(returnTo: string, ownOrigin: string): string | undefined {
  if (returnTo.startsWith('/')) return undefined;
  const origin = new URL(returnTo).origin;
  if (isSameSite(origin, ownOrigin)) return undefined;
  return (
    `sign-in returns to ${origin}, another site than this server (${ownOrigin}): browsers do not send the ` +
    `SameSite=Lax session cookie on that page's requests, so it stays signed out. Serve the page on the ` +
    `server's site (e.g. ${new URL(ownOrigin).hostname} instead of ${new URL(origin).hostname}) or send ` +
    'Authorization: Bearer <session token> (README: Calling from a frontend)'
  );
}
