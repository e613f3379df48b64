import type { webApi } from '@slack/bolt';
import { describeError } from './error-boundary.js';
import type { JsonLogger } from './json-logger.js';
import { WORKING_REACTION } from './slack-ids.js';

/** The message to react to. */
export type ReactionTarget = { readonly channel: string; readonly ts: string };

/**
 * Shows that Verbatim is working: adds the 👀 reaction to the asker's message, runs `work` (the
 * answer, posted), then removes the reaction, also when the work failed. A reaction that cannot be
 * added or removed (a missing `reactions:write` scope, a deleted message) is logged as a warning and
 * never stops or fails the answer.
 */
export async function withWorkingReaction<T>(
  client: webApi.WebClient,
  target: ReactionTarget,
  logger: JsonLogger,
  work: () => Promise<T>,
): Promise<T> {
  const reaction = { channel: target.channel, timestamp: target.ts, name: WORKING_REACTION };
  const isAdded = await client.reactions.add(reaction).then(
    () => true,
    (error: unknown) => logReactionFailure(logger, 'reactions.add', error),
  );
  try {
    return await work();
  } finally {
    if (isAdded) {
      await client.reactions
        .remove(reaction)
        .catch((error: unknown) => logReactionFailure(logger, 'reactions.remove', error));
    }
  }
}

function logReactionFailure(logger: JsonLogger, method: string, error: unknown): false {
  logger.write({ level: 'warn', msg: 'working reaction failed', method, error: describeError(error) });
  return false;
}
