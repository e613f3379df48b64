import { webApi } from '@slack/bolt';

/**
 * Connection errors that happen before a byte of the request reaches Slack: the call was never
 * sent, so sending it again cannot post anything twice.
 */
const UNSENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Retry options with p-retry's `onFailedAttempt` hook. The Web API client hands its `retryConfig`
 * to p-retry whole, so the hook is honoured although `webApi.RetryOptions` does not declare it.
 */
export type SafeRetryOptions = webApi.RetryOptions & { readonly onFailedAttempt: (error: Error) => void };

/**
 * The Web API client's retry options with one rule added: a failed attempt is retried only when
 * Slack provably did not act on it. `chat.postMessage` is not idempotent, and a post whose answer
 * timed out, whose connection dropped, or that got an HTTP 5xx may have landed, so retrying it
 * could post the answer twice. Retried: a 429 with `Retry-After` (the client waits as long as it
 * says; Slack refused the call) and a connection that was never made (refused, no DNS, no route).
 * Everything else fails at once and reaches the caller as the client's own error.
 *
 * The rule holds for every method of the client, idempotent or not, because the retry hook does
 * not see which method failed; an idempotent call that fails is simply not repeated.
 */
export function createSafeRetryConfig(base: webApi.RetryOptions): SafeRetryOptions {
  return {
    ...base,
    // p-retry (under the Web API client) stops retrying and rejects with what this hook throws.
    onFailedAttempt: (error: Error) => {
      if (!isSafeToRetry(error)) throw error;
    },
  };
}

/**
 * True for the failures that prove the call was not acted on: Slack's 429 (the client waits out
 * `Retry-After`, then signals the retry with an `Error` it wraps as a `WebAPIRequestError`, like
 * every network failure) and a connection that was never made.
 */
export function isSafeToRetry(error: Error): boolean {
  return error instanceof webApi.WebAPIRequestError && (isRateLimitSignal(error.original) || isUnsent(error.original));
}

/**
 * True when a failed Web API call may still have been carried out by Slack: it timed out or lost
 * its connection after being sent, or Slack answered with a 5xx. False for every other failure
 * (a platform error, a 4xx, a rate limit, a connection never made, a non-Slack error).
 */
export function isPossiblyActedOn(error: unknown): boolean {
  if (error instanceof webApi.WebAPIHTTPError) return error.statusCode >= 500;
  if (error instanceof webApi.WebAPIRequestError) return !isSafeToRetry(error);
  return false;
}

/**
 * The Web API client's own words for "Slack answered 429 and the wait is over" (WebClient
 * `makeRequest`); the 429 test in `tests/e2e/web-api-failures.e2e.test.ts` fails if a new client version words it otherwise.
 */
function isRateLimitSignal(error: Error): boolean {
  return error.cause === undefined && error.message.startsWith('A rate limit was exceeded');
}

function isUnsent(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof Error)) return false;
  if (cause instanceof AggregateError) return cause.errors.length > 0 && cause.errors.every(hasUnsentCode);
  return hasUnsentCode(cause);
}

function hasUnsentCode(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && UNSENT_CODES.has(error.code);
}
