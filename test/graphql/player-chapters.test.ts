/**
 * An audiobook's chapter in the player or the queue is a Chapter, as `chapter(id:)` answers it, not an
 * item "this API does not model" (v10 attack on issue 7, F11). Spotify's ChapterObject says
 * `type: "episode"` (its `chapter_number` tells it); the emulator plays no chapter, so its real chapter
 * object is put in the player's answers with a `set` fault.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { playAlbum } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const PLAYER = graphql(`query PlayerChaptersItems {
  me {
    player {
      state { item { __typename ... on Chapter { id name chapterNumber } ... on Track { id } } }
      queue {
        currentlyPlaying { __typename ... on Chapter { id name } }
        items { __typename ... on Chapter { id name } }
      }
    }
  }
}`);

describe('a chapter in the player and the queue', () => {
  const t = useFaultTestServer({ mode: 'extended' });
  let chapter: { id: string; name: string; chapter_number: number };

  beforeEach(async () => {
    await playAlbum(t.emu, t.alice);
    const id = [...t.emu.state.catalog.chapters.keys()][0] as string;
    const answer = await t.emu.api('GET', `/v1/chapters/${id}`, { token: t.alice });
    chapter = answer.json as typeof chapter;
  });

  it('is a Chapter with its id, name and number', async () => {
    await t.fault('GET /v1/me/player', { '/item': chapter, '/currently_playing_type': 'episode' });
    await t.fault('GET /v1/me/player/queue', { '/currently_playing': chapter, '/queue/0': chapter });
    const answer = await t.query(PLAYER, undefined, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const expected = { __typename: 'Chapter', id: `spotify:chapter:${chapter.id}`, name: chapter.name };
    expect(answer.data?.me?.player?.state?.item).toEqual({
      ...expected,
      chapterNumber: chapter.chapter_number,
    });
    expect(answer.data?.me?.player?.queue?.currentlyPlaying).toEqual(expected);
    expect(answer.data?.me?.player?.queue?.items?.[0]).toEqual(expected);
    expect(answer.data?.me?.player?.queue?.items?.[1]?.__typename).toBe('Track');
  });

  it('an item labelled "chapter" that is none is not said to be of a type the API lacks', async () => {
    await t.fault('GET /v1/me/player', { '/item/type': 'chapter' });
    const answer = await t.query(PLAYER, undefined, { token: t.alice });
    expect(answer.data?.me?.player?.state?.item).toBeNull();
    const error = answer.errors?.find((e) => e.path?.join('.') === 'me.player.state.item');
    expect(error?.extensions?.code).toBe('SPOTIFY_UNSUPPORTED_ITEM');
    expect(error?.message).not.toMatch(/type "chapter", which this API does not model/);
  });
});
