import { isIPv4, isIPv6 } from 'node:net';

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
