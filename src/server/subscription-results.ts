import { createHash } from 'node:crypto';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/*
 * What counts as a change of a subscription's result (src/server/subscription-cohorts.ts sends an event
 * only when a subscriber's executed result changed). The player pollers share one reading per user
 * among subscribers whose selection sets differ: a seek changes the result of a subscriber that selects
 * `progressMs` and not that of one that selects the item's name, so results are compared per document.
 * A subscriber keeps one short hash of its last result, not the result.
 *
 * What counts as a change of a result (fields of the root object, under any alias):
 * - `timestamp` never does, and `progressMs` only when the source event says the progress did not
 *   follow the clock (`progressJump`: a seek, a play or pause, a new item): progress that advances as
 *   time passes is not news, as on the poller's side (src/resolvers/player-changes.ts);
 * - anything else in `data`, `errors` or `extensions` does.
 *
 * A source event may also carry `extensions`, added to its result's (e.g. that the value is stale).
 * Events that are not objects are executed and compared as they are.
 */

/** What a source event may tell the engine about itself (src/resolvers/player-subscriber.ts's do). */
export interface SourceEventHints {
  /** True when the progress jumped since the previous event (a seek, play/pause, a new item). */
  readonly progressJump?: boolean;
  /** Added to the event's result's `extensions`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** The poll the value comes from (PlayerEvent's `reading`): one object per reading. */
  readonly reading?: object;
}

/** Fields of the root object that move with time: `progress` counts on a jump, `clock` never. */
const MOVING_FIELDS: Readonly<Record<string, 'progress' | 'clock'>> = {
  progressMs: 'progress',
  timestamp: 'clock',
};

/** Response keys of the root object's moving fields, and which kind each is. */
export type MovingKeys = ReadonlyMap<string, 'progress' | 'clock'>;

const NONE: MovingKeys = new Map();

/**
 * The response keys of the moving fields selected on the root field's object (through fragments and
 * inline fragments, not into sub-selections): `{ p: progressMs }` gives `p`.
 */
export function movingKeysOf(args: ExecutionArgs): MovingKeys {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return NONE;
  const fragments = fragmentsOf(args.document);
  const keys = new Map<string, 'progress' | 'clock'>();
  for (const root of fieldsOf(operation.selectionSet, fragments)) {
    if (!root.selectionSet) continue;
    for (const field of fieldsOf(root.selectionSet, fragments)) {
      const kind = MOVING_FIELDS[field.name.value];
      if (kind !== undefined) keys.set(field.alias?.value ?? field.name.value, kind);
    }
  }
  return keys.size === 0 ? NONE : keys;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

type FieldNode = Extract<SelectionSetNode['selections'][number], { kind: Kind.FIELD }>;

/** The field nodes of a selection set, fragments spread (each fragment once: validation refuses cycles). */
function fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      fields.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) fields.push(...fieldsOf(fragment.selectionSet, fragments, seen));
    }
  }
  return fields;
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

export function hintsOf(event: unknown): SourceEventHints {
  return typeof event === 'object' && event !== null ? (event as SourceEventHints) : {};
}

/**
 * When a stale source event's value was read (Date.now() ms): its `extensions.stale.readAt` (ISO 8601,
 * set by the player poller when a poll fails and the last reading is sent again); undefined for a
 * fresh event or one without a readable time.
 */
export function readAtOf(event: unknown): number | undefined {
  const stale = hintsOf(event).extensions?.stale as { readAt?: unknown } | undefined;
  if (typeof stale?.readAt !== 'string') return undefined;
  const at = Date.parse(stale.readAt);
  return Number.isNaN(at) ? undefined : at;
}

/** One executed result and what its subscribers compare: its hash without moving fields. */
export interface ResultSignature {
  /** SHA-1 (base64) of `[data, errors, extensions]` without the root object's moving fields. */
  readonly hash: string;
  /** Whether the document selects `progressMs` on the root object and the result has one. */
  readonly progressSelected: boolean;
}

/** The signature of `result` for a document whose moving fields are `moving` (see movingKeysOf). */
export function resultSignature(result: ExecutionResult, moving: MovingKeys): ResultSignature {
  const root = result.data == null ? undefined : Object.values(result.data)[0];
  let progressSelected = false;
  const text = JSON.stringify(
    [result.data, result.errors, result.extensions],
    function (this: unknown, key: string, value: unknown) {
      if (this !== root || root === undefined || root === null) return value;
      const kind = moving.get(key);
      if (kind === undefined) return value;
      if (kind === 'progress') progressSelected = true;
      return undefined;
    },
  );
  return { hash: createHash('sha1').update(text).digest('base64'), progressSelected };
}

/** `result` with the source event's `extensions` (SourceEventHints) added to its own. */
export function withEventExtensions(result: ExecutionResult, event: unknown): ExecutionResult {
  const { extensions } = hintsOf(event);
  return extensions === undefined
    ? result
    : { ...result, extensions: { ...result.extensions, ...extensions } };
}

/** What of a source event's value tells how its progress moves: Spotify's playback state fields. */
interface ProgressClock {
  readonly value?: {
    readonly is_playing?: unknown;
    readonly item?: { readonly duration_ms?: unknown } | null;
  };
}

/**
 * `result` brought forward by `elapsedMs` (ms since its source event was read): each progress field of
 * the root object (movingKeysOf) grows by the time passed while the event's player plays (`is_playing`
 * of Spotify's playback state, "Get Playback State"), up to the item's `duration_ms`; paused, or
 * without a numeric progress, the result is answered as it is. No Spotify call: a subscription that
 * joins a cohort gets its progress as of now from the cohort's last result.
 */
export function progressedResult(
  result: ExecutionResult,
  moving: MovingKeys,
  event: unknown,
  elapsedMs: number,
): ExecutionResult {
  const value = (hintsOf(event) as ProgressClock).value;
  if (value?.is_playing !== true || elapsedMs <= 0 || result.data == null) return result;
  const [rootKey, root] = Object.entries(result.data)[0] ?? [];
  if (rootKey === undefined || typeof root !== 'object' || root === null) return result;
  const duration = value.item?.duration_ms;
  const moved: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  for (const [key, kind] of moving) {
    const progress = moved[key];
    if (kind !== 'progress' || typeof progress !== 'number') continue;
    const ahead = progress + elapsedMs;
    moved[key] = typeof duration === 'number' ? Math.min(ahead, duration) : ahead;
  }
  return { ...result, data: { ...result.data, [rootKey]: moved } };
}
