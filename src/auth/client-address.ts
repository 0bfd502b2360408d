import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import proxyaddr from 'proxy-addr';

/**
 * The eight 16-bit groups of a valid IPv6 address (RFC 4291 text forms: `::` compression and a
 * trailing dotted IPv4 part), without a zone (`%eth0`).
 */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The part of a peer address that fair use counts as one client (the per-address rate limits, the
 * WebSocket connections per address, the sign-in starts per address): an IPv4 address as is; an
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports for an IPv4 peer) as
 * its IPv4 address; any other IPv6 address as its /64 prefix (`2001:db8:1:2::/64`), since one
 * subscriber (a home, a VPS) is routinely given a whole /64 (RFC 6177) and could otherwise use a fresh
 * address per request. The zone (`%eth0`) is dropped. Anything else (a missing address: `unknown`)
 * is answered as is. Never throws.
 */
export function addressKeyOf(peer: string | undefined): string {
  if (peer === undefined || peer === '') return 'unknown';
  if (isIPv4(peer)) return peer;
  const address = peer.split('%')[0] ?? peer;
  if (!isIPv6(address)) return peer;
  const groups = ipv6Groups(address.toLowerCase());
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/**
 * Which peers may speak for a client through `X-Forwarded-For` (TRUST_PROXY), in proxy-addr's form:
 * called with an address and its hop (0 = the socket's peer, 1 = the last entry of X-Forwarded-For,
 * ...), true when that address is a proxy of this deployment whose word about the hop before it is
 * believed. The client address is the first untrusted address walking from the socket inwards.
 */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** The default: no proxy is trusted, X-Forwarded-For is never read (every client is its socket's peer). */
export const TRUST_NO_PROXY: ProxyTrust = () => false;

/**
 * TRUST_PROXY's value as a ProxyTrust: unset, empty or `0` trusts none; a positive integer N trusts the
 * N hops nearest the server whatever their addresses (N proxies in a row in front of it, as nginx in the
 * README's compose recipe: 1); otherwise a comma-separated list of addresses, CIDR ranges and
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal` (the peers trusted). Throws a RangeError
 * naming TRUST_PROXY for anything else (`true`: trusting every hop would let any client choose its
 * address).
 */
export function proxyTrustFromEnv(raw: string | undefined): ProxyTrust {
  const text = (raw ?? '').trim();
  if (text === '' || text === '0') return TRUST_NO_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RangeError(
      `TRUST_PROXY must be a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal (${reason})`,
    );
  }
}

const clientAddresses = new WeakMap<IncomingMessage, string>();

/**
 * Derives and remembers the client address of `req` (an HTTP request or a WebSocket upgrade) under
 * `trust`: the socket's peer unless that peer is trusted, then X-Forwarded-For read from the right up
 * to the first untrusted address (proxy-addr). A client that reaches the server directly cannot choose
 * its address by sending the header: its own address is untrusted, so the header is not read.
 */
export function resolveClientAddress(req: IncomingMessage, trust: ProxyTrust): void {
  if (trust === TRUST_NO_PROXY || req.socket.remoteAddress === undefined) return;
  clientAddresses.set(req, proxyaddr(req, trust));
}

/**
 * The client address of `req` for every per-address limit and for logs: the one resolveClientAddress
 * derived, else the socket's peer address (undefined when the socket is gone).
 */
export function clientAddressOf(req: IncomingMessage | undefined): string | undefined {
  if (req === undefined) return undefined;
  return clientAddresses.get(req) ?? req.socket?.remoteAddress;
}
