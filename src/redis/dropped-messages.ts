import type { DropReason } from './message-signing.js';

/** How often one kind of dropped message is logged again while it keeps coming, ms (10 minutes). */
export const DROPPED_MESSAGE_LOG_INTERVAL_MS = 10 * 60_000;

/** Where a warning goes: pino's `warn(fields, message)` shape. */
export type WarnLog = (fields: Record<string, unknown>, message: string) => void;

/**
 * One warning per kind of dropped channel message (the channel's kind, e.g. `player:state`, and the
 * reason), not one per message: a flood of forged PUBLISHes writes one line, then at most one line per
 * DROPPED_MESSAGE_LOG_INTERVAL_MS counting what was dropped since. The line names the kind and the
 * reason only, never the message's text (which anyone with Redis access wrote) nor the user's channel.
 * Memory: one entry per kind and reason, a fixed handful.
 */
export class DroppedMessageLog<Reason extends string = DropReason> {
  private readonly kinds = new Map<string, { loggedAt: number; since: number }>();

  /**
   * `text`: the line's message for a reason (default: the dropped-message wording); `field`: the
   * name the kind is logged under (default `channel`).
   */
  constructor(
    private readonly warn: WarnLog,
    private readonly now: () => number = Date.now,
    private readonly text: (reason: Reason) => string = (reason) =>
      `dropped a message on a Redis channel (${reason}): only what this deployment's instances signed for that channel lately is used`,
    private readonly field = 'channel',
  ) {}

  /** Notes one message dropped on a channel of kind `channel` for `reason`; logs if it is time to. */
  note(channel: string, reason: Reason): void {
    const key = `${channel} ${reason}`;
    const now = this.now();
    const seen = this.kinds.get(key);
    if (seen !== undefined && now - seen.loggedAt < DROPPED_MESSAGE_LOG_INTERVAL_MS) {
      seen.since += 1;
      return;
    }
    this.kinds.set(key, { loggedAt: now, since: 0 });
    this.warn(
      {
        [this.field]: channel,
        reason,
        ...(seen === undefined ? {} : { droppedSinceLastLine: seen.since + 1 }),
      },
      this.text(reason),
    );
  }
}
