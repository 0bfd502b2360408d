/**
 * A page fetched by following Spotify's link (`client.next`, `client.previous`, `client.iterate`) is
 * read as every other call's answer is: its body decoded by its byte order mark or declared charset
 * (src/spotify/body-text.ts), an error's words kept. The emulator's fault rules send that page in
 * another charset (`encoding`). These held before they were written (the link is fetched through the
 * same authorized transport as every call): a guard, so that a link never gets a reader of its own.
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyApiClient } from '../../src/spotify/index.js';
import { addFault, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const WORDS = 'Accès refusé : l’utilisateur n’est pas autorisé (€ 5)';

/** How a page is reached by its link: the page it starts from (its offset), and the read. */
interface Follow {
  from: number;
  to: number;
  read: (client: SpotifyApiClient) => Promise<string[]>;
}

const ids = (page: { items: { track: { id: string } }[] } | null): string[] =>
  (page?.items ?? []).map((item) => item.track.id);

const saved = (client: SpotifyApiClient, offset: number) =>
  client.library.getSavedTracks({ limit: 5, offset });

const FOLLOWS: Record<string, Follow> = {
  next: { from: 0, to: 5, read: async (c) => ids(await c.next(await saved(c, 0))) },
  previous: { from: 5, to: 0, read: async (c) => ids(await c.previous(await saved(c, 5))) },
  iterate: {
    from: 0,
    to: 5,
    read: async (c) => {
      const read: string[] = [];
      for await (const item of c.iterate(await saved(c, 0))) {
        read.push(item.track.id);
        // The first page's 5, then the page its link names.
        if (read.length === 10) break;
      }
      return read.slice(5);
    },
  },
};

/** Reads by `how`, the page at its link answered with `rule` (a fault rule's answer parts). */
async function followed(how: string, rule: Record<string, unknown>): Promise<string[]> {
  const { from, to, read } = FOLLOWS[how]!;
  const client = await signedIn();
  await saved(client, from);
  await addFault(emu, { route: 'GET /v1/me/tracks', query: { offset: String(to), limit: '5' }, ...rule });
  return read(client);
}

describe('a page fetched by its link, in another charset', () => {
  it.each(['next', 'previous', 'iterate'])(
    '%s: a JSON page sent in UTF-16 (declared) is read',
    async (how) => {
      const client = await signedIn();
      const page = await saved(client, FOLLOWS[how]!.to);
      // Its items reversed: what is read is the page sent in UTF-16, not Spotify's own.
      page.items.reverse();
      const text = JSON.stringify(page);
      const read = await followed(how, {
        text,
        contentType: 'application/json; charset=utf-16le',
        encoding: 'utf-16le',
      });
      expect(read).toEqual(ids(page));
    },
  );

  it.each(['next', 'previous', 'iterate'])(
    '%s: an error page in windows-1252 keeps its words',
    async (how) => {
      const error = await followed(how, {
        status: 403,
        text: WORDS,
        contentType: 'text/plain; charset=windows-1252',
        encoding: 'windows-1252',
      }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toMatchObject({ status: 403, message: WORDS });
    },
  );
});
