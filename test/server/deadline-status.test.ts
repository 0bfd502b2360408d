import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { errorsTableText } from '../helpers/readme-errors.js';
import { startTestServer } from '../helpers/server.js';

const ALBUM = graphql(`query DeadlineStatusAlbum($id: ID!) { album(id: $id) { name } }`);

/** The README Errors table's row of `code`: its cells. */
function readmeRow(code: string): string[] {
  const row = errorsTableText()
    .split('\n')
    .find((line) => line.startsWith(`| \`${code}\``));
  return (row ?? '').split(' | ');
}

// A request's deadline is a field error: every root field is nullable, so the answer keeps `data` and
// is HTTP 200 under either media type (src/server/partial-status.ts), as the README's row says.
describe('DEADLINE_EXCEEDED over HTTP', () => {
  it.each(['application/graphql-response+json', 'application/json'])(
    'is a field error beside data, HTTP 200, under %s, as the README row says',
    async (accept) => {
      const t = await startTestServer({ listen: true, limits: { requestDeadlineMs: 300 } });
      try {
        const id = [...t.emu.state.catalog.albums.keys()][0]!;
        for (const route of ['GET /v1/albums/{id}', 'GET /v1/albums'])
          await t.emu.control('POST', '/faults', { route, latencyMs: 5_000 });
        const response = await fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept },
          body: JSON.stringify({ query: documentText(ALBUM), variables: { id } }),
        });
        const body = (await response.json()) as {
          data?: unknown;
          errors?: { path?: string[]; extensions?: Record<string, unknown> }[];
        };
        expect(body.data).toEqual({ album: null });
        expect(body.errors?.[0]).toMatchObject({
          path: ['album'],
          extensions: { code: 'DEADLINE_EXCEEDED' },
        });
        expect(response.status).toBe(200);
        const status = readmeRow('DEADLINE_EXCEEDED')[1] ?? '';
        expect(status).toMatch(/^200\b/);
        expect(status).not.toMatch(/504/);
      } finally {
        await t.close();
      }
    },
  );
});
