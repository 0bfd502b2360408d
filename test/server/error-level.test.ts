import { GraphQLError } from 'graphql';
import { expect, it } from 'vitest';
import { badValue } from '../../src/resolvers/bad-values.js';
import { reissue } from '../../src/resolvers/errors.js';
import { errorLevel } from '../../src/server/logging.js';

/** Spotify's unreadable data is Spotify's trouble (`warn`); only the server's own faults are `error`. */

it("logs a value Spotify sent wrongly at warn, though its cause is the executor's plain Error", () => {
  const cause = new Error('Int cannot represent non 32-bit signed integer value: 3000000000');
  const error = reissue(badValue('Spotify sent savedTracks.total that is not an Int'), {
    originalError: cause,
  });
  expect(errorLevel(error)).toBe('warn');
});

it('keeps an unexpected error of the server at error', () => {
  expect(
    errorLevel(new GraphQLError('Unexpected error.', { originalError: new TypeError('x is undefined') })),
  ).toBe('error');
  expect(errorLevel(new TypeError('x is undefined'))).toBe('error');
});
