import type { IncomingMessage } from 'node:http';
import { isIP, isIPv4, isIPv6 } from 'node:net';
import proxyaddr from 'proxy-addr';
import { quoteSetting } from '../spotify/quoted-input.js';

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
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports for an IPv4 peer) or a
 * NAT64 address of the well-known prefix (`64:ff9b::192.0.2.1`, RFC 6052: one IPv4 host behind a NAT64
 * gateway) as its IPv4 address; any other IPv6 address as its /64 prefix (`2001:db8:1:2::/64`), since
 * one subscriber (a home, a VPS) is routinely given a whole /64 (RFC 6177) and could otherwise use a
 * fresh address per request. The zone (`%eth0`) is dropped. Anything else (a missing address:
 * `unknown`) is answered as is. Never throws.
 */
export function addressKeyOf(peer: string | undefined): string {
  if (peer === undefined || peer === '') return 'unknown';
  if (isIPv4(peer)) return peer;
  const address = peer.split('%')[0] ?? peer;
  if (!isIPv6(address)) return peer;
  const groups = ipv6Groups(address.toLowerCase());
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (mapped || nat64) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/**
 * One X-Forwarded-For entry as an IP address: `192.0.2.1:5678` and `[2001:db8::1]:443` (proxies that
 * append the client's source port: Azure Application Gateway, IIS ARR) lose the port and brackets, an
 * IPv6 zone is dropped, IPv6 is lower-cased. Undefined when what is left is no IP address (`unknown`,
 * RFC 7239's obfuscated `_hidden`, `192.0.2.1.`, `8.8.8.08`): such text is never a client address.
 */
export function forwardedAddressOf(entry: string): string | undefined {
  const text = entry.trim();
  const bracketed = text.match(/^\[([^\]]+)\](?::\d{1,5})?$/);
  const v4WithPort = text.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/);
  const address = (bracketed?.[1] ?? v4WithPort?.[1] ?? text).split('%')[0] ?? '';
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return address.toLowerCase();
  return undefined;
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

/** The largest hop count TRUST_PROXY takes: more proxies in a row than any real chain. */
export const MAX_PROXY_HOPS = 32;

/** proxy-addr's names of address ranges, the only non-address words a TRUST_PROXY list takes. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY's value as a ProxyTrust: unset, empty or `0` trusts none; an integer N (1..MAX_PROXY_HOPS) trusts the
 * N hops nearest the server whatever their addresses (N proxies in a row in front of it, as nginx in the
 * README's compose recipe: 1); otherwise a comma-separated list of addresses, CIDR ranges and
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal` (the peers trusted). Throws a RangeError
 * naming TRUST_PROXY for anything else (`true` or a hop count above MAX_PROXY_HOPS: trusting every
 * hop would let any client choose its address; a number inside a list, which proxy-addr would read as
 * an address: `2` as 0.0.0.2).
 */
export function proxyTrustFromEnv(raw: string | undefined): ProxyTrust {
  const text = (raw ?? '').trim();
  if (text === '' || text === '0') return TRUST_NO_PROXY;
  const refuse = (reason: string) =>
    new RangeError(
      `TRUST_PROXY must be a number of proxy hops (1 to ${MAX_PROXY_HOPS}) or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal (${reason})`,
    );
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_PROXY_HOPS)
      throw refuse(`${quoteSetting(text)} hops would trust every hop, as true would`);
    return (_address, hop) => hop < hops;
  }
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const address = entry.split('/')[0] ?? '';
    if (!PROXY_NAMES.has(entry) && !isIP(address)) {
      throw refuse(`${quoteSetting(entry)} is no address, CIDR range or name; a hop count stands alone`);
    }
  }
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
}

const clientAddresses = new WeakMap<IncomingMessage, string>();

/**
 * Derives and remembers the client address of `req` (an HTTP request or a WebSocket upgrade) under
 * `trust`: the socket's peer unless that peer is trusted, then X-Forwarded-For read from the right up
 * to the first untrusted address (proxy-addr's order), each entry read by forwardedAddressOf (a port
 * dropped). An entry that is no IP address stops the walk at the trusted hop that wrote it: that hop
 * (the proxy) is the client, so made-up text never opens a fresh bucket. A client that reaches the
 * server directly cannot choose its address by sending the header: its own address is untrusted, so
 * the header is not read.
 */
export function resolveClientAddress(req: IncomingMessage, trust: ProxyTrust): void {
  if (trust === TRUST_NO_PROXY || req.socket.remoteAddress === undefined) return;
  // The socket's peer, then X-Forwarded-For from the right (proxy-addr's order, nothing trusted yet).
  const hops = proxyaddr.all(req);
  let client = req.socket.remoteAddress;
  for (let hop = 0; hop < hops.length; hop += 1) {
    const address = forwardedAddressOf(hops[hop] ?? '');
    // Text that is no address: the trusted proxy that wrote it is the nearest client we know.
    if (address === undefined) break;
    client = address;
    if (!trust(address, hop)) break;
  }
  clientAddresses.set(req, client);
}

/**
 * The client address of `req` for every per-address limit and for logs: the one resolveClientAddress
 * derived, else the socket's peer address (undefined when the socket is gone).
 */
export function clientAddressOf(req: IncomingMessage | undefined): string | undefined {
  if (req === undefined) return undefined;
  return clientAddresses.get(req) ?? req.socket?.remoteAddress;
}

/**
 * clientAddressOf the node:http request held in a graphql-yoga server context (`{ req }`), if any:
 * what yoga's plugins and the single-connection SSE handler are given instead of the request.
 */
export function clientAddressOfContext(serverContext: Record<string, unknown>): string | undefined {
  return clientAddressOf((serverContext as { req?: IncomingMessage }).req);
}
