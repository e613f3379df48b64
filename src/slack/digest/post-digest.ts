import type { KnownBlock } from '@slack/types';
import type { DigestMessage } from '../../render/blocks/render-digest-blocks.js';

/** The `chat.postMessage` arguments a digest uses. */
export type DigestPostArgs = {
  readonly channel: string;
  readonly text: string;
  readonly blocks: KnownBlock[];
  readonly thread_ts?: string;
  readonly unfurl_links: boolean;
  readonly unfurl_media: boolean;
};

/**
 * The one Slack call a digest needs. A Web API client's `chat` satisfies it (`client.chat`), so
 * this folder does not depend on Bolt. Errors are recognised by the Web API client's `code`
 * field (`slack_webapi_rate_limited_error`, `slack_webapi_http_error`, …).
 */
export type DigestPoster = {
  postMessage(args: DigestPostArgs): Promise<{ readonly ts?: string | undefined }>;
};

/** A logger with string messages; Bolt's logger and `console` both satisfy it. */
export type DigestLogger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
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

export type PostDigestResult =
  | { readonly ok: true; readonly ts: string; readonly missingParts: number }
  | { readonly ok: false; readonly error: string };

/**
 * Posts a digest: the first message to the channel, the others in its thread, each retried with
 * exponential backoff when Slack answers with a rate limit (waiting exactly `Retry-After`), a 5xx,
 * or a network error. Other errors (`channel_not_found`, …) are not retried.
 *
 * Returns `ok: true` once the channel message is posted, even when a thread part then fails
 * (that is logged and counted in `missingParts`): posting again would repeat the channel message.
 */
export async function postDigest(
  poster: DigestPoster,
  request: { readonly channel: string; readonly messages: readonly DigestMessage[] },
  options: PostDigestOptions,
): Promise<PostDigestResult> {
  const [first, ...thread] = request.messages;
  if (!first) throw new RangeError('Cannot post a digest without messages');
  const posted = await postWithRetry(poster, toArgs(request.channel, first, null), options, options.onChannelAttempt);
  if (!posted.ok) {
    options.logger.error(`Cannot post the digest to channel "${request.channel}": ${posted.error}`);
    return posted;
  }
  for (const [i, message] of thread.entries()) {
    const part = await postWithRetry(poster, toArgs(request.channel, message, posted.ts), options, undefined);
    if (!part.ok) {
      const missing = thread.length - i;
      options.logger.error(
        `Cannot post part ${i + 2} of the digest in channel "${request.channel}": ${part.error}; ${missing} of ${request.messages.length} parts are missing`,
      );
      return { ok: true, ts: posted.ts, missingParts: missing };
    }
  }
  return { ok: true, ts: posted.ts, missingParts: 0 };
}

async function postWithRetry(
  poster: DigestPoster,
  args: DigestPostArgs,
  options: PostDigestOptions,
  onAttempt: PostDigestOptions['onChannelAttempt'],
): Promise<{ readonly ok: true; readonly ts: string } | { readonly ok: false; readonly error: string }> {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  for (let attempt = 1; ; attempt++) {
    await onAttempt?.('start');
    let error: unknown;
    try {
      const response = await poster.postMessage(args);
      if (typeof response.ts === 'string') return { ok: true, ts: response.ts };
      error = new Error('Slack returned no message timestamp');
    } catch (caught: unknown) {
      error = caught;
    }
    await onAttempt?.('failed');
    const reason = describeSlackError(error);
    const delay = retryDelay(error, attempt, options.baseDelayMs ?? 1000);
    if (delay === null) return { ok: false, error: reason };
    if (attempt >= maxAttempts) return { ok: false, error: `${reason} after ${attempt} attempts` };
    if (delay > maxDelayMs) return { ok: false, error: `${reason}; the wait of ${delay} ms is too long` };
    options.logger.warn(
      `Posting the digest to channel "${args.channel}" failed (${reason}); retrying in ${delay} ms (attempt ${attempt + 1} of ${maxAttempts})`,
    );
    await options.sleep(delay);
  }
}

/** Platform errors that a later attempt may not hit. */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Milliseconds to wait before the next attempt, or null when the error is not worth retrying. */
function retryDelay(error: unknown, attempt: number, baseDelayMs: number): number | null {
  const backoff = baseDelayMs * 2 ** (attempt - 1);
  const fields = readSlackError(error);
  switch (fields.code) {
    case 'slack_webapi_rate_limited_error':
      return fields.retryAfterSeconds === null ? backoff : fields.retryAfterSeconds * 1000;
    case 'slack_webapi_http_error':
      if (fields.status !== 429 && (fields.status ?? 0) < 500) return null;
      return fields.retryAfterSeconds === null ? backoff : fields.retryAfterSeconds * 1000;
    case 'slack_webapi_request_error':
      return backoff;
    case 'slack_webapi_platform_error':
      return TRANSIENT_PLATFORM_ERRORS.has(fields.platformError ?? '') ? backoff : null;
    default:
      return null;
  }
}

/** One log phrase per error class: the status, the Retry-After value or the platform code. */
function describeSlackError(error: unknown): string {
  const fields = readSlackError(error);
  switch (fields.code) {
    case 'slack_webapi_rate_limited_error':
      return `rate limited, Retry-After ${fields.retryAfterSeconds === null ? 'not given' : `${fields.retryAfterSeconds} s`}`;
    case 'slack_webapi_http_error':
      return `HTTP ${fields.status ?? 'status unknown'}`;
    case 'slack_webapi_platform_error':
      return `Slack error "${fields.platformError ?? 'unknown'}"`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

type SlackErrorFields = {
  readonly code: string | null;
  readonly status: number | null;
  readonly retryAfterSeconds: number | null;
  readonly platformError: string | null;
};

/** Reads the fields the Web API client's errors carry, without importing its classes. */
function readSlackError(error: unknown): SlackErrorFields {
  const { code, statusCode, retryAfter, headers, data } = asRecord(error);
  const header = Number(asRecord(headers)['retry-after'] ?? Number.NaN);
  const seconds = typeof retryAfter === 'number' ? retryAfter : Number.isFinite(header) && header >= 0 ? header : null;
  const platformError = asRecord(data)['error'];
  return {
    code: typeof code === 'string' ? code : null,
    status: typeof statusCode === 'number' ? statusCode : null,
    retryAfterSeconds: seconds,
    platformError: typeof platformError === 'string' ? platformError : null,
  };
}

function asRecord(value: unknown): { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null ? (value as { readonly [key: string]: unknown }) : {};
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
