import { createHash } from 'node:crypto';
import { RespondError, webApi } from '@slack/bolt';
import type { SlackMessage } from '../render/blocks/render-answer-message.js';
import { renderNoticeMessage } from '../render/blocks/render-notice-message.js';
import { isPossiblyActedOn } from './create-safe-retry-config.js';
import type { JsonLogger } from './json-logger.js';

/** What kind of Slack request a log line is about. */
export type RequestMeta = {
  readonly kind: 'command' | 'event' | 'action';
  /** The command (`/casualties`), event (`app_mention`) or action id. */
  readonly name: string;
  /** Slack's id for the request (trigger id, event id), the seed of the error reference. */
  readonly requestId: string;
};

/** What a handled request reports for its log line. */
export type RequestOutcome = {
  readonly outcome: 'answered' | 'shared' | 'paged' | 'published' | 'ignored' | 'duplicate' | 'excerpts' | 'cited';
  readonly answerKind?: string;
};

/** The clock the Slack layer reads, injected so tests control it. Milliseconds. */
export type Clock = { readonly now: () => number };

/** The fixed message the asker sees when answering failed; the reference is also in the log. */
export function buildAnswerFailedMessage(reference: string): string {
  return `Sorry, Verbatim could not answer this. Please try again; if it keeps failing, give this reference to whoever runs Verbatim: ${reference}`;
}

/**
 * The fixed message the asker sees when Slack did not confirm a reply that it may still have
 * posted (a timeout, a dropped connection, a 5xx): the reply was not sent again, so it is there once
 * or not at all.
 */
export function buildUnconfirmedReplyMessage(reference: string): string {
  return `Slack did not confirm that Verbatim's answer was posted, so it was not sent again. If no answer appears, please try again; if it keeps failing, give this reference to whoever runs Verbatim: ${reference}`;
}

/**
 * Runs one request's work and writes its one log line (kind, name, latency, outcome, answer
 * kind). Any failure is caught here, once: it is logged by error class with an error reference,
 * and the asker is sent a short fixed message carrying the same reference through `replyError`
 * (a different fixed message when Slack may have posted the reply without confirming it).
 * Never throws, so a failure never reaches Bolt as an unhandled error.
 */
export async function withErrorReply(
  deps: { readonly logger: JsonLogger; readonly clock: Clock },
  meta: RequestMeta,
  work: () => Promise<RequestOutcome>,
  replyError: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  const started = deps.clock.now();
  try {
    const result = await work();
    deps.logger.write({ level: 'info', msg: 'request', ...meta, latencyMs: deps.clock.now() - started, ...result });
  } catch (error: unknown) {
    const errorRef = createErrorReference(meta.requestId);
    const isMaybePosted = isPossiblyActedOn(error);
    const notice = isMaybePosted ? buildUnconfirmedReplyMessage(errorRef) : buildAnswerFailedMessage(errorRef);
    let isAskerTold = true;
    let replyFailure: Record<string, unknown> | null = null;
    try {
      await replyError(renderNoticeMessage(notice));
    } catch (replyError: unknown) {
      isAskerTold = false;
      replyFailure = describeError(replyError);
    }
    deps.logger.write({
      level: 'error',
      msg: 'request failed',
      ...meta,
      latencyMs: deps.clock.now() - started,
      outcome: 'failed',
      errorRef,
      error: describeError(error),
      isAskerTold,
      ...(isMaybePosted ? { isMaybePosted } : {}),
      ...(replyFailure === null ? {} : { replyError: replyFailure }),
    });
  }
}

/** `ERR-` and 8 hex digits derived from the request id: the same request always gets the same reference. */
export function createErrorReference(requestId: string): string {
  return `ERR-${createHash('sha256').update(requestId).digest('hex').slice(0, 8)}`;
}

/** The useful facts of an error, by class: a platform error's code, a rate limit's wait, an HTTP status. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof webApi.WebAPIPlatformError) return { name: error.name, code: error.data.error };
  if (error instanceof webApi.WebAPIRateLimitedError) return { name: error.name, retryAfterSeconds: error.retryAfter };
  if (error instanceof webApi.WebAPIHTTPError) return { name: error.name, status: error.statusCode };
  if (error instanceof webApi.WebAPIRequestError) return { name: error.name, message: error.original.message };
  if (error instanceof RespondError) return { name: error.name, status: error.statusCode };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'unknown', message: String(error) };
}
