import type { FieldMap } from '@pothos/core';
import {
  optionalObject,
  present,
  presentList,
  restrictionReasonOf,
  upperWord,
} from '../resolvers/bad-values.js';
import type { ResumePoint, SimplifiedChapter } from '../spotify/endpoints/objects.js';
import { DatePrecisionEnum } from './album.js';
import { builder } from './builder.js';
import { ImageRef, MARKET_NOTE } from './common.js';
import { proseFields } from './described-fields.js';
import { NODE_NAME_DESCRIPTION } from './node.js';

/** Where the signed-in user left an episode or chapter. */
export const ResumePointRef = builder.objectRef<ResumePoint>('ResumePoint').implement({
  description:
    'Where the signed-in user left off (only with a user token that has the user-read-playback-position scope).',
  fields: (t) => ({
    fullyPlayed: t.boolean({
      nullable: true,
      resolve: (point) => present(point.fully_played, 'ResumePoint.fullyPlayed'),
    }),
    resumePositionMs: t.int({
      nullable: true,
      resolve: (point) => present(point.resume_position_ms, 'ResumePoint.resumePositionMs'),
    }),
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
  const typeName = noun === 'episode' ? 'Episode' : 'Chapter';
  return {
    name: t.string({
      nullable: true,
      description: NODE_NAME_DESCRIPTION,
      resolve: (item) => present(item.name, `${typeName}.name`),
    }),
    ...proseFields(t, typeName),
    durationMs: t.int({
      nullable: true,
      resolve: (item) => present(item.duration_ms, `${typeName}.durationMs`),
    }),
    explicit: t.boolean({
      nullable: true,
      resolve: (item) => present(item.explicit, `${typeName}.explicit`),
    }),
    releaseDate: t.string({
      nullable: true,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
      resolve: (item) => present(item.release_date, `${typeName}.releaseDate`),
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (item) =>
        upperWord<'YEAR' | 'MONTH' | 'DAY'>(item.release_date_precision, `${typeName}.releaseDatePrecision`),
    }),
    languages: t.stringList({
      nullable: { list: true, items: true },
      description: 'ISO 639 language codes.',
      resolve: (item) => presentList(item.languages, `${typeName}.languages`),
    }),
    images: t.field({
      type: [ImageRef],
      nullable: { list: true, items: true },
      resolve: (item) => presentList(item.images, `${typeName}.images`),
    }),
    isPlayable: t.boolean({
      nullable: true,
      description: `Whether the ${noun} plays in the market asked. ${MARKET_NOTE}`,
      resolve: (item) => item.is_playable ?? null,
    }),
    audioPreviewUrl: t.string({ nullable: true, resolve: (item) => item.audio_preview_url ?? null }),
    restrictionReason: t.string({
      nullable: true,
      resolve: (item) => restrictionReasonOf(item.restrictions, `${typeName}.restrictionReason`),
    }),
    resumePoint: t.field({
      type: ResumePointRef,
      nullable: true,
      description: 'Null without the user-read-playback-position scope (Spotify then sends none).',
      resolve: (item) => optionalObject(item.resume_point, `${typeName}.resumePoint`),
    }),
  };
}
