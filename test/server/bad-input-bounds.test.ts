import { describe, expect, it } from 'vitest';
import { badInput, toGraphQLError } from '../../src/resolvers/errors.js';
import { SpotifyError } from '../../src/spotify/index.js';

// Every BAD_USER_INPUT message is bounded and escaped by the one function that builds it (badInput),
// whatever a call site put into it: a new call site cannot echo a whole value (issue 7).

const HUGE = `a\nb\u202e${'z'.repeat(900_000)}`;

describe('badInput bounds and escapes its message', () => {
  it('quotes the refused value it is given at most 60 characters long, with its length', () => {
    const error = badInput('deviceId must be a Spotify Connect device id', 'deviceId', { got: HUGE });
    expect(error.message).toBe(
      `deviceId must be a Spotify Connect device id, got "a\\nb\\u202e${'z'.repeat(56)}…" (${HUGE.length} characters)`,
    );
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'deviceId' });
  });

  it('bounds and escapes a value a call site put into the message raw', () => {
    const error = badInput(`market must be a country code, got ${HUGE}`, 'market');
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.message.startsWith('market must be a country code, got a\\u000ab\\u202ezzz')).toBe(true);
    expect(error.message.endsWith('z…')).toBe(true);
    expect(error.message).not.toMatch(/[\n\u202e]/);
  });

  it('escapes a lone surrogate in the message', () => {
    expect(badInput('name holds \ud800 here', 'name').message).toBe('name holds \\ud800 here');
  });

  it("bounds a client's own refusal that reaches GraphQL (a SpotifyError)", () => {
    const error = toGraphQLError(new SpotifyError(`get-an-album: option ${HUGE} is wrong`));
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message.length).toBeLessThanOrEqual(300);
    expect(error?.message).not.toMatch(/[\n\u202e]/);
  });
});
