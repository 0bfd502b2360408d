import { describe, expect, it } from 'vitest';
import { addressKeyOf } from '../../src/auth/client-address.js';
import { clientKey } from '../../src/server/rate-limit.js';

/** Fair use counts one client per IPv4 address and per IPv6 /64 (a subscriber's usual allocation). */
describe('addressKeyOf', () => {
  it('keeps an IPv4 address as is', () => {
    expect(addressKeyOf('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKeyOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('answers an IPv4-mapped IPv6 address as its IPv4 address, in dotted or hex form', () => {
    expect(addressKeyOf('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKeyOf('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKeyOf('::ffff:c000:201')).toBe('192.0.2.1');
    expect(addressKeyOf('0:0:0:0:0:ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('keys every address of one IPv6 /64 alike, and different /64s apart', () => {
    const a = addressKeyOf('2001:db8:1:2::1');
    expect(a).toBe('2001:db8:1:2::/64');
    expect(addressKeyOf('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(a);
    expect(addressKeyOf('2001:0DB8:0001:0002:abcd:0:0:7')).toBe(a);
    expect(addressKeyOf('2001:db8:1:2::1%eth0')).toBe(a);
    expect(addressKeyOf('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(addressKeyOf('::')).toBe('0:0:0:0::/64');
    // An IPv6 address with a dotted tail that is neither IPv4-mapped nor NAT64 stays IPv6 (its /64);
    // a NAT64 address of the well-known prefix is the IPv4 host behind the gateway (RFC 6052).
    expect(addressKeyOf('2001:db8::192.0.2.1')).toBe('2001:db8:0:0::/64');
    expect(addressKeyOf('64:ff9b::192.0.2.1')).toBe('192.0.2.1');
  });

  it('answers a missing or unparsable peer without throwing', () => {
    expect(addressKeyOf(undefined)).toBe('unknown');
    expect(addressKeyOf('')).toBe('unknown');
    expect(addressKeyOf('not-an-address')).toBe('not-an-address');
  });

  it('is the key clientKey gives an anonymous caller', async () => {
    const none = { authorization: null, cookie: null };
    const one = await clientKey(none, '2001:db8:1:2::a', undefined);
    expect(one).toBe(await clientKey(none, '2001:db8:1:2::b', undefined));
    expect(one).not.toBe(await clientKey(none, '2001:db8:1:3::a', undefined));
    expect(await clientKey(none, '::ffff:198.51.100.7', undefined)).toBe(
      await clientKey(none, '198.51.100.7', undefined),
    );
  });
});
