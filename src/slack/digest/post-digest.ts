import type { KnownBlock } from '@slack/types';
import type { DigestMessage } from '../../render/blocks/render-digest-blocks.js';
import { DIGEST_METADATA_EVENT_TYPE } from '../slack-ids.js';
import { readSlackError, type SlackErrorClass, type SlackErrorReading } from './read-slack-error.js';

/** The `chat.postMessage` arguments a digest uses. */
export type DigestPostArgs = {
  readonly channel: string;
  readonly text: string;
  readonly blocks: KnownBlock[];
  readonly thread_ts?: string;
  readonly unfurl_links: boolean;
  readonly unfurl_media: boolean;
  /** The channel message's marker (`verbatim_digest`, the date and channel), found again by `history`. */
  readonly metadata?: { readonly event_type: string; readonly event_payload: { date: string; channel: string } };
};

/** The `conversations.history` arguments a digest uses to look for its own channel message. */
export type DigestHistoryArgs = {
  readonly channel: string;
  readonly limit: number;
  readonly include_all_metadata: boolean;
};

/** The part of a `conversations.history` message the look needs. */
export type DigestHistoryMessage = {
  readonly ts?: string | undefined;
  readonly metadata?:
    | {
        readonly event_type?: string | undefined;
        readonly event_payload?: Readonly<Record<string, unknown>> | undefined;
      }
    | undefined;
};

/**
 * The one Slack call a digest needs. A Web API client's `chat` satisfies it (`client.chat`), so
 * this folder does not depend on Bolt. Errors are recognised by the Web API client's `code`
 * field (`slack_webapi_rate_limited_error`, `slack_webapi_http_error`, …).
 */
export type DigestPoster = {
  postMessage(args: DigestPostArgs): Promise<{ readonly ts?: string | undefined }>;
  /**
   * The channel's latest messages (`conversations.history`), to look for a digest whose post may
   * have landed before posting it again. Without it, such a post is never retried.
   */
  history?(args: DigestHistoryArgs): Promise<{ readonly messages?: readonly DigestHistoryMessage[] | undefined }>;
};

/** Values logged beside a message (one JSON line each in the bot's log), e.g. the error class. */
export type DigestLogFields = Readonly<Record<string, string | number | null>>;

/** A logger with string messages and optional fields; Bolt's logger and `console` both satisfy it. */
export type DigestLogger = {
  info(message: string, fields?: DigestLogFields): void;
  warn(message: string, fields?: DigestLogFields): void;
  error(message: string, fields?: DigestLogFields): void;
};

export type PostDigestOptions = {
  /** Waits; injected so tests never sleep. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: DigestLogger;
  /** Attempts per message, the first included; 5 by default. */
  readonly maxAttempts?: number;
  /** First backoff delay, doubled on each retry; 1,000 ms by default. */
  readonly baseDelayMs?: number;
  /** The longest wait, for a backoff or a `Retry-After`; past it the post fails. 300,000 ms by default. */
  readonly maxDelayMs?: number;
  /**
   * Called before each attempt at the channel message (`start`) and after each attempt that
   * definitely failed (`failed`), so the caller can record that a post may be in flight.
   */
  readonly onChannelAttempt?: (event: 'start' | 'failed') => Promise<void>;
};

/**
 * `isInDoubt` means the channel message may have been posted (Slack did not answer and the
 * channel could not be checked), so it must not be posted again automatically that day.
 */
export type PostDigestResult =
  | { readonly ok: true; readonly ts: string; readonly missingParts: number }
  | { readonly ok: false; readonly error: string; readonly isInDoubt: boolean };

/** How many of the channel's latest messages the look before a repost reads. */
const HISTORY_LIMIT = 100;

/**
 * Posts a digest: the first message to the channel, the others in its thread, each retried with
 * exponential backoff when Slack answers with a rate limit (waiting exactly `Retry-After`) or a
 * 5xx. Other errors (`channel_not_found`, …) are not retried. Every failure is logged with its
 * error class (`errorClass`).
 *
 * Rule 1: a post that may have landed is never blindly retried. When Slack does not answer (the
 * client's timeout, a dropped connection), the channel message is looked for after the backoff
 * wait, by its metadata marker, among the channel's latest messages (`history`): found, it counts
 * as posted; not found, it is posted again; if the look fails (or there is no `history`), the
 * result is `isInDoubt` and nothing is posted. A thread part that may have landed is not retried.
 *
 * Returns `ok: true` once the channel message is posted, even when a thread part then fails
 * (that is logged and counted in `missingParts`): posting again would repeat the channel message.
 */
export async function postDigest(
  poster: DigestPoster,
  request: { readonly channel: string; readonly date: string; readonly messages: readonly DigestMessage[] },
  options: PostDigestOptions,
): Promise<PostDigestResult> {
  const { channel, date } = request;
  const [first, ...thread] = request.messages;
  if (!first) throw new RangeError('Cannot post a digest without messages');
  const marker = { event_type: DIGEST_METADATA_EVENT_TYPE, event_payload: { date, channel } };
  const look =
    poster.history === undefined ? null : () => findMarkedMessage(poster, marker.event_payload, options.logger);
  const args = { ...toArgs(channel, first, null), metadata: marker };
  const posted = await postWithRetry(poster, args, options, { onAttempt: options.onChannelAttempt, look });
  if (!posted.ok) {
    options.logger.error(`Cannot post the digest to channel "${channel}": ${posted.error}`, {
      channel,
      errorClass: posted.errorClass,
    });
    return { ok: false, error: posted.error, isInDoubt: posted.isInDoubt };
  }
  for (const [i, message] of thread.entries()) {
    const part = await postWithRetry(poster, toArgs(channel, message, posted.ts), options, { look: null });
    if (!part.ok) {
      const missing = thread.length - i;
      options.logger.error(
        `Cannot post part ${i + 2} of the digest in channel "${channel}": ${part.error}; ${missing} of ${request.messages.length} parts are missing`,
        { channel, errorClass: part.errorClass },
      );
      return { ok: true, ts: posted.ts, missingParts: missing };
    }
  }
  return { ok: true, ts: posted.ts, missingParts: 0 };
}

type AttemptHooks = {
  readonly onAttempt?: PostDigestOptions['onChannelAttempt'];
  /** Finds the message if it landed: its ts, null when it did not, or 'unknown' when the look failed. */
  readonly look: (() => Promise<string | null | 'unknown'>) | null;
};

type AttemptFailure = {
  readonly ok: false;
  readonly error: string;
  readonly errorClass: SlackErrorClass;
  readonly isInDoubt: boolean;
};

async function postWithRetry(
  poster: DigestPoster,
  args: DigestPostArgs,
  options: PostDigestOptions,
  hooks: AttemptHooks,
): Promise<{ readonly ok: true; readonly ts: string } | AttemptFailure> {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  for (let attempt = 1; ; attempt++) {
    await hooks.onAttempt?.('start');
    let reading: SlackErrorReading;
    try {
      const response = await poster.postMessage(args);
      if (typeof response.ts === 'string') return { ok: true, ts: response.ts };
      reading = { errorClass: 'no-timestamp', reason: 'Slack returned no message timestamp', retry: 'never' };
    } catch (error: unknown) {
      reading = readSlackError(error);
    }
    const { reason, errorClass } = reading;
    const fields = { channel: args.channel, errorClass, attempt };
    const fail = (detail: string, isInDoubt = false): AttemptFailure => ({
      ok: false,
      error: detail,
      errorClass,
      isInDoubt,
    });
    const backoff = (options.baseDelayMs ?? 1000) * 2 ** (attempt - 1);
    const delay = reading.retry === 'never' ? null : reading.retry === 'backoff' ? backoff : reading.retry.afterMs;
    if (errorClass === 'timeout' || errorClass === 'network') {
      // Rule 1: Slack may have the message; look (after the wait, so a slow post can land) before any repost.
      const inDoubt = fail(`${reason}; the message may have been posted`, true);
      if (hooks.look === null || delay === null || delay > maxDelayMs) return inDoubt;
      options.logger.warn(
        `Posting the digest to channel "${args.channel}" got no answer (${reason}); looking in the channel in ${delay} ms before posting again`,
        fields,
      );
      await options.sleep(delay);
      const found = await hooks.look();
      if (found === 'unknown') return inDoubt;
      if (found !== null) {
        options.logger.info(`The digest was posted to channel "${args.channel}" after all (ts ${found})`, fields);
        return { ok: true, ts: found };
      }
      await hooks.onAttempt?.('failed');
      if (attempt >= maxAttempts) return fail(`${reason} after ${attempt} attempts`);
      continue;
    }
    await hooks.onAttempt?.('failed');
    if (delay === null) return fail(reason);
    if (attempt >= maxAttempts) return fail(`${reason} after ${attempt} attempts`);
    if (delay > maxDelayMs) return fail(`${reason}; the wait of ${delay} ms is too long`);
    options.logger.warn(
      `Posting the digest to channel "${args.channel}" failed (${reason}); retrying in ${delay} ms (attempt ${attempt + 1} of ${maxAttempts})`,
      fields,
    );
    await options.sleep(delay);
  }
}

/** Looks for the channel message carrying this digest's marker among the channel's latest messages. */
async function findMarkedMessage(
  poster: DigestPoster,
  payload: { readonly date: string; readonly channel: string },
  logger: DigestLogger,
): Promise<string | null | 'unknown'> {
  try {
    const response = await poster.history?.({
      channel: payload.channel,
      limit: HISTORY_LIMIT,
      include_all_metadata: true,
    });
    const found = response?.messages?.find((message) => {
      const marker = message.metadata?.event_payload ?? {};
      return (
        message.metadata?.event_type === DIGEST_METADATA_EVENT_TYPE &&
        marker['date'] === payload.date &&
        marker['channel'] === payload.channel
      );
    });
    return typeof found?.ts === 'string' ? found.ts : null;
  } catch (error: unknown) {
    // Without the history scopes (`channels:history`, `groups:history`) or membership, Slack says so here.
    const { reason, errorClass } = readSlackError(error);
    logger.warn(`Cannot look for the digest in channel "${payload.channel}": ${reason}`, {
      channel: payload.channel,
      errorClass,
    });
    return 'unknown';
  }
}

function toArgs(channel: string, message: DigestMessage, threadTs: string | null): DigestPostArgs {
  return {
    channel,
    text: message.text,
    blocks: [...message.blocks],
    ...(threadTs !== null && { thread_ts: threadTs }),
    unfurl_links: false,
    unfurl_media: false,
  };
}
