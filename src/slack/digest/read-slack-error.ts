/**
 * What went wrong with a Slack call, for the log: `timeout` and `network` mean Slack may have
 * the message (no answer came back); the others are Slack's answer.
 */
export type SlackErrorClass = 'timeout' | 'network' | 'rate-limited' | 'http' | 'platform' | 'no-timestamp' | 'other';

/** A Web API error read for the digest: its class, a log phrase, and whether to try again. */
export type SlackErrorReading = {
  readonly errorClass: SlackErrorClass;
  /** The status, the Retry-After value, the platform code or the network failure. */
  readonly reason: string;
  /** `never`; `backoff` (the caller's exponential wait); or exactly this long (Retry-After). */
  readonly retry: 'never' | 'backoff' | { readonly afterMs: number };
};

/** Platform errors that a later attempt may not hit. */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/**
 * Reads an error thrown by the Web API client by the fields its errors carry (`code`,
 * `statusCode`, `retryAfter`, `headers`, `data`, `original`), without importing its classes, so
 * this folder does not depend on Bolt. A timeout is the fetch's `TimeoutError` inside the
 * client's request error. Total: anything else is `other`, never retried.
 *
 * @example
 * readSlackError(new WebAPIRateLimitedError(7)); // { errorClass: 'rate-limited', reason: 'rate limited, Retry-After 7 s', retry: { afterMs: 7000 } }
 */
export function readSlackError(error: unknown): SlackErrorReading {
  const { code, statusCode, retryAfter, headers, data, original } = asRecord(error);
  const header = Number(asRecord(headers)['retry-after'] ?? Number.NaN);
  const seconds = typeof retryAfter === 'number' ? retryAfter : Number.isFinite(header) && header >= 0 ? header : null;
  const waitOrBackoff = seconds === null ? ('backoff' as const) : { afterMs: seconds * 1000 };
  const status = typeof statusCode === 'number' ? statusCode : null;
  switch (code) {
    case 'slack_webapi_rate_limited_error':
      return {
        errorClass: 'rate-limited',
        reason: `rate limited, Retry-After ${seconds === null ? 'not given' : `${seconds} s`}`,
        retry: waitOrBackoff,
      };
    case 'slack_webapi_http_error':
      return {
        errorClass: status === 429 ? 'rate-limited' : 'http',
        reason: `HTTP ${status ?? 'status unknown'}`,
        retry: status === 429 || (status ?? 0) >= 500 ? waitOrBackoff : 'never',
      };
    case 'slack_webapi_request_error': {
      const cause = asRecord(original);
      return cause['name'] === 'TimeoutError'
        ? { errorClass: 'timeout', reason: 'no answer within the timeout', retry: 'backoff' }
        : {
            errorClass: 'network',
            reason: `network error (${String(cause['message'] ?? 'no detail')})`,
            retry: 'backoff',
          };
    }
    case 'slack_webapi_platform_error': {
      const platformError = asRecord(data)['error'];
      const name = typeof platformError === 'string' ? platformError : 'unknown';
      return {
        errorClass: 'platform',
        reason: `Slack error "${name}"`,
        retry: TRANSIENT_PLATFORM_ERRORS.has(name) ? 'backoff' : 'never',
      };
    }
    default:
      return { errorClass: 'other', reason: error instanceof Error ? error.message : String(error), retry: 'never' };
  }
}

function asRecord(value: unknown): { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null ? (value as { readonly [key: string]: unknown }) : {};
}
