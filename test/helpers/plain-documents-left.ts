/**
 * Test files that still send valid operations as plain strings (issue 13), with how many each holds:
 * a ratchet. test/typed-documents.test.ts fails when a file holds more than its number here, or when a
 * file not listed holds any, so the drift cannot grow back; converting a file to `graphql(\`...\`)`
 * typed documents lowers its number (then remove the entry). A new test file is never added here.
 */
export const PLAIN_DOCUMENTS_LEFT: Readonly<Record<string, number>> = {
  'test/graphql/playlists-development.test.ts': 5,
  'test/graphql/server.test.ts': 3,
  'test/redis/hung.test.ts': 4,
  'test/server/document-limits.test.ts': 3,
  'test/server/echo-bounds.test.ts': 2,
  'test/server/error-logs.test.ts': 5,
  'test/server/limit-refusals.test.ts': 5,
  'test/server/path-input.test.ts': 5,
  'test/server/query-cost.test.ts': 4,
  'test/server/rate-limit-pause.test.ts': 3,
  'test/server/request-end.test.ts': 5,
  'test/subscriptions/root-field-directives.test.ts': 4,
  'test/subscriptions/sse-single-connection-errors.test.ts': 4,
  'test/subscriptions/sse-single-connection.test.ts': 2,
};
