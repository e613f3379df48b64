import { webApi } from '@slack/bolt';
import type { DigestPoster } from './post-digest.js';

export type CreateDigestPosterOptions = {
  /** The Web API base URL (`SLACK_API_URL`, ending in "/"), or null for Slack's. */
  readonly apiUrl: string | null;
};

/**
 * A Web API client for posting digests whose own retries are off (`retries: 0`,
 * `rejectRateLimitedCalls`): `postDigest` alone retries and honours Retry-After, so a 429 or a
 * 500 surfaces as the client's error at once and the attempt count in the log is the real one.
 *
 * @example
 * const poster = createDigestPoster(config.slack.botToken, { apiUrl: config.slack.apiUrl });
 */
export function createDigestPoster(token: string, options: CreateDigestPosterOptions): DigestPoster {
  const client = new webApi.WebClient(token, {
    ...(options.apiUrl !== null && { slackApiUrl: options.apiUrl }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return client.chat;
}
