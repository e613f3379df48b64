import { type Logger, webApi } from '@slack/bolt';
import type { DigestPoster } from './post-digest.js';

export type CreateDigestPosterOptions = {
  /** The Web API base URL (`SLACK_API_URL`, ending in "/"), or null for Slack's. */
  readonly apiUrl: string | null;
  /** How long one call may wait for Slack's answer; `DIGEST_TIMEOUT_MS` by default. */
  readonly timeoutMs?: number;
  /** Where the client's own messages go (the bot's JSON log); the client's console logger by default. */
  readonly logger?: Logger;
};

/** A digest call that Slack has not answered in 10 s is given up (and looked for before any repost). */
const DIGEST_TIMEOUT_MS = 10_000;

/**
 * A Web API client for posting digests whose own retries are off (`retries: 0`,
 * `rejectRateLimitedCalls`): `postDigest` alone retries and honours Retry-After, so a 429 or a
 * 500 surfaces as the client's error at once and the attempt count in the log is the real one.
 * Each call has a timeout, so a Slack that never answers cannot hold a digest (or the bot's
 * stop) for good; `history` reads the channel's latest messages to look before a repost.
 *
 * @example
 * const poster = createDigestPoster(config.slack.botToken, { apiUrl: config.slack.apiUrl });
 */
export function createDigestPoster(token: string, options: CreateDigestPosterOptions): DigestPoster {
  const client = new webApi.WebClient(token, {
    ...(options.apiUrl !== null && { slackApiUrl: options.apiUrl }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? DIGEST_TIMEOUT_MS,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  return {
    postMessage: (args) => client.chat.postMessage(args),
    history: (args) => client.conversations.history(args),
  };
}
