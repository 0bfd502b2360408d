import type { FieldMap } from '@pothos/core';
import type { ResumePoint, SimplifiedChapter } from '../spotify/endpoints/objects.js';
import { DatePrecisionEnum } from './album.js';
import { builder } from './builder.js';
import { ImageRef } from './common.js';

/** Where the signed-in user left an episode or chapter. */
export const ResumePointRef = builder.objectRef<ResumePoint>('ResumePoint').implement({
  description:
    'Where the signed-in user left off (only with a user token that has the user-read-playback-position scope).',
  fields: (t) => ({
    fullyPlayed: t.boolean({ resolve: (point) => point.fully_played ?? false }),
    resumePositionMs: t.int({ resolve: (point) => point.resume_position_ms ?? 0 }),
  }),
});

/** What an episode and a chapter share, as Spotify gives both (a chapter is an episode to its API). */
export type AudioItemShape = Pick<
  SimplifiedChapter,
  | 'name'
  | 'description'
  | 'html_description'
  | 'duration_ms'
  | 'explicit'
  | 'release_date'
  | 'release_date_precision'
  | 'languages'
  | 'images'
  | 'is_playable'
  | 'audio_preview_url'
  | 'restrictions'
  | 'resume_point'
>;

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The fields `Episode` and `Chapter` share, for the type `t` builds: the one home of their names,
 * nullability and descriptions. `noun` ('episode' or 'chapter') words the descriptions that name it.
 */
export function audioItemFields<Shape extends AudioItemShape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  noun: 'episode' | 'chapter',
): FieldMap {
  return {
    name: t.string({ resolve: (item) => item.name }),
    description: t.string({
      description: 'Plain text, HTML tags removed.',
      resolve: (item) => item.description,
    }),
    htmlDescription: t.string({
      description: 'May contain HTML tags.',
      resolve: (item) => item.html_description,
    }),
    durationMs: t.int({ resolve: (item) => item.duration_ms }),
    explicit: t.boolean({ resolve: (item) => item.explicit }),
    releaseDate: t.string({
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
      resolve: (item) => item.release_date,
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      resolve: (item) => item.release_date_precision.toUpperCase() as 'YEAR' | 'MONTH' | 'DAY',
    }),
    languages: t.stringList({
      description: 'ISO 639 language codes.',
      resolve: (item) => item.languages ?? [],
    }),
    images: t.field({ type: [ImageRef], resolve: (item) => item.images ?? [] }),
    isPlayable: t.boolean({
      nullable: true,
      description: `Whether the ${noun} plays in the market asked.`,
      resolve: (item) => item.is_playable ?? null,
    }),
    audioPreviewUrl: t.string({ nullable: true, resolve: (item) => item.audio_preview_url ?? null }),
    restrictionReason: t.string({ nullable: true, resolve: (item) => item.restrictions?.reason ?? null }),
    resumePoint: t.field({
      type: ResumePointRef,
      nullable: true,
      resolve: (item) => item.resume_point ?? null,
    }),
  };
}
