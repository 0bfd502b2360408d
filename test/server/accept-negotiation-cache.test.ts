/**
 * `acceptsAnyAnswer` and `acceptsStream` keep their verdict per Accept text (review of the hot path:
 * a Negotiator per request): each distinct Accept is negotiated once, with the same verdicts as before
 * (q=0 refuses a range, a charset other than utf-8 does not match, absent or blank accepts all).
 */
import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ count: 0 }));

vi.mock('negotiator', async (original) => {
  const Real = ((await original()) as { default: new (request: unknown) => unknown }).default;
  return {
    default: class Counted extends (Real as new (request: unknown) => object) {
      constructor(request: unknown) {
        super(request);
        built.count += 1;
      }
    },
  };
});

const { acceptsAnyAnswer, acceptsStream } = await import('../../src/server/accept-negotiation.js');

const request = (accept?: string) =>
  new Request('http://127.0.0.1/graphql', accept === undefined ? {} : { headers: { accept } });

describe('Accept verdicts', () => {
  it.each([
    [undefined, true, true],
    ['', true, true],
    ['application/json', true, false],
    ['text/event-stream', true, true],
    ['text/event-stream;q=0', false, false],
    ['application/json; charset=latin1', false, false],
    ['text/html', false, false],
    ['*/*;q=0', false, false],
  ])('Accept %j: any answer %s, stream %s', (accept, any, stream) => {
    expect(acceptsAnyAnswer(request(accept))).toBe(any);
    expect(acceptsStream(request(accept))).toBe(stream);
  });

  it('negotiates each Accept text once, however many requests carry it', () => {
    const accept = 'application/graphql-response+json, application/json;q=0.9';
    const before = built.count;
    for (let i = 0; i < 10; i++) {
      expect(acceptsAnyAnswer(request(accept))).toBe(true);
      expect(acceptsStream(request(accept))).toBe(false);
    }
    expect(built.count - before).toBeLessThanOrEqual(2);
    expect(built.count - before).toBeGreaterThan(0);
  });

  it('negotiates a very long Accept every time rather than keeping it', () => {
    const accept = `application/json, ${'x/y, '.repeat(200)}text/plain`;
    const before = built.count;
    expect(acceptsAnyAnswer(request(accept))).toBe(true);
    const once = built.count - before;
    expect(acceptsAnyAnswer(request(accept))).toBe(true);
    expect(built.count - before).toBe(2 * once);
  });
});
