import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { addressKeyOf, proxyTrustFromEnv } from '../../src/auth/client-address.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';

// v15 new user, N6: behind the README's compose recipe every request comes from nginx. With TRUST_PROXY
// the per-address limits count the client X-Forwarded-For names; without it (or from a peer that is not
// a trusted proxy) the header is ignored, so a direct client cannot escape its limit by sending one.

const TYPENAME = graphql(`
  query TrustProxyTypename {
    __typename
  }
`);

/** Statuses of `count` sign-in starts, each sent with `forwardedFor` (none when undefined). */
async function loginStarts(t: AuthTestServer, count: number, forwardedFor: () => string | undefined) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = forwardedFor();
    const headers: Record<string, string> = value === undefined ? {} : { 'x-forwarded-for': value };
    statuses.push((await t.fetch('/auth/login', { headers })).status);
  }
  return statuses;
}

/** A graphql-ws socket with `forwardedFor`: resolves to `acknowledged` or the close code. */
function wsConnect(
  url: string,
  forwardedFor: string,
  sockets: WebSocket[],
): Promise<'acknowledged' | number> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', {
    headers: { 'x-forwarded-for': forwardedFor },
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') resolve('acknowledged');
    });
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
  });
}

describe('TRUST_PROXY: per-address limits behind a reverse proxy', () => {
  it('counts sign-in starts, requests and WebSockets per forwarded client when the peer is a trusted proxy', async () => {
    const t = await startAuthServer({
      config: { trustProxy: proxyTrustFromEnv('1') },
      limits: {
        loginStartsPerMinute: 2,
        wsConnectionsPerAddress: 1,
        rateLimit: { requests: 2, windowSeconds: 60, concurrent: 8 },
      },
    });
    const sockets: WebSocket[] = [];
    try {
      expect(await loginStarts(t, 3, () => '198.51.100.1')).toEqual([302, 302, 429]);
      // Another user behind the same proxy is not locked out by the first.
      expect(await loginStarts(t, 2, () => '198.51.100.2')).toEqual([302, 302]);
      // Only the hop the proxy appended counts: what the client itself put in front is its own word.
      expect(await loginStarts(t, 1, () => '203.0.113.9, 198.51.100.1')).toEqual([429]);

      const ask = (forwardedFor: string) =>
        fetch(`${t.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ query: documentText(TYPENAME) }),
        }).then((response) => response.status);
      expect([await ask('198.51.100.3'), await ask('198.51.100.3'), await ask('198.51.100.3')]).toEqual([
        200, 200, 429,
      ]);
      expect(await ask('198.51.100.4')).toBe(200);

      expect(await wsConnect(`${t.origin}/graphql`, '198.51.100.5', sockets)).toBe('acknowledged');
      expect(await wsConnect(`${t.origin}/graphql`, '198.51.100.6', sockets)).toBe('acknowledged');
      expect(await wsConnect(`${t.origin}/graphql`, '198.51.100.5', sockets)).toBe(1013);
    } finally {
      for (const socket of sockets) socket.close();
      await t.close();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not trusted: a spoofed header does not escape the limit', async () => {
    let n = 0;
    const spoofed = () => {
      n += 1;
      return `198.51.100.${n}`;
    };
    for (const trustProxy of [undefined, proxyTrustFromEnv('10.0.0.0/8')]) {
      const t = await startAuthServer({
        ...(trustProxy === undefined ? {} : { config: { trustProxy } }),
        limits: { loginStartsPerMinute: 2 },
      });
      try {
        expect(await loginStarts(t, 3, spoofed)).toEqual([302, 302, 429]);
        expect(await loginStarts(t, 1, () => undefined)).toEqual([429]);
      } finally {
        await t.close();
      }
    }
  });

  // v15 reattack, RA1: proxies that append the client's source port, and entries that are no address.
  it('counts a forwarded client by its IP whatever port follows it, and never makes text that is no IP a client', async () => {
    const t = await startAuthServer({
      config: { trustProxy: proxyTrustFromEnv('loopback') },
      limits: { loginStartsPerMinute: 2, wsConnectionsPerAddress: 1 },
    });
    const sockets: WebSocket[] = [];
    try {
      let port = 1000;
      const nextPort = () => {
        port += 1;
        return port;
      };
      expect(await loginStarts(t, 3, () => `198.51.100.7:${nextPort()}`)).toEqual([302, 302, 429]);
      expect(await loginStarts(t, 1, () => '198.51.100.7')).toEqual([429]);
      expect(await loginStarts(t, 3, () => `[2001:DB8:9::1]:${nextPort()}`)).toEqual([302, 302, 429]);
      expect(await loginStarts(t, 1, () => '2001:db8:9:0:0:0:0:2')).toEqual([429]);
      // No IP address: the trusted proxy that wrote it (here the test's own 127.0.0.1) is the client.
      const noAddress = ['_hidden1', '_hidden2', '198.51.100.8.', '8.8.8.08', 'unknown'];
      expect(await loginStarts(t, noAddress.length, () => noAddress.shift())).toEqual([
        302, 302, 429, 429, 429,
      ]);
      expect(await loginStarts(t, 1, () => undefined)).toEqual([429]);

      expect(await wsConnect(`${t.origin}/graphql`, '198.51.100.9:1', sockets)).toBe('acknowledged');
      expect(await wsConnect(`${t.origin}/graphql`, '198.51.100.9:2', sockets)).toBe(1013);
    } finally {
      for (const socket of sockets) socket.close();
      await t.close();
    }
  });

  it('counts a NAT64 address (64:ff9b::/96) as the IPv4 client it embeds, as an IPv4-mapped one', () => {
    expect(addressKeyOf('64:ff9b::198.51.100.1')).toBe('198.51.100.1');
    expect(addressKeyOf('64:ff9b::c633:6402')).toBe('198.51.100.2');
    expect(addressKeyOf('::ffff:198.51.100.1')).toBe('198.51.100.1');
    expect(addressKeyOf('2001:db8:9::1')).toBe('2001:db8:9:0::/64');
  });

  // v15 reattack, RA7.
  it('refuses a hop count above 32 and a bare number inside a list, naming TRUST_PROXY', () => {
    expect(() => proxyTrustFromEnv('99999999999999999999')).toThrow(
      /^TRUST_PROXY must be a number of proxy hops \(1 to 32\)/,
    );
    expect(() => proxyTrustFromEnv('33')).toThrow(/TRUST_PROXY/);
    expect(() => proxyTrustFromEnv('2,loopback')).toThrow(/TRUST_PROXY .*"2" is no address/);
    expect(proxyTrustFromEnv('32')('192.0.2.1', 31)).toBe(true);
    expect(proxyTrustFromEnv('10.0.0.0/8, loopback')('127.0.0.1', 0)).toBe(true);
  });
});
