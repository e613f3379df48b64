import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  createSafeRetryConfig,
  isPossiblyActedOn,
  isSafeToRetry,
} from '../../../src/slack/create-safe-retry-config.js';

/** A network failure as undici's fetch reports it: `TypeError: fetch failed` with the socket error as cause. */
function networkFailure(code: string): webApi.WebAPIRequestError {
  return new webApi.WebAPIRequestError(
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) }),
  );
}

const RATE_LIMITED = new webApi.WebAPIRequestError(
  new Error('A rate limit was exceeded (url: http://127.0.0.1/api/chat.postMessage, retry-after: 1)'),
);
const TIMED_OUT = new webApi.WebAPIRequestError(
  new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
);

describe('isSafeToRetry', () => {
  it('retries a rate limit and a connection that was never made', () => {
    expect([RATE_LIMITED, networkFailure('ECONNREFUSED'), networkFailure('ENOTFOUND')].map(isSafeToRetry)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('does not retry what Slack may have acted on, or anything it refused for good', () => {
    const failures: Error[] = [
      TIMED_OUT,
      networkFailure('UND_ERR_SOCKET'),
      networkFailure('ECONNRESET'),
      new webApi.WebAPIHTTPError(500, 'Internal Server Error', {}),
      new webApi.WebAPIHTTPError(404, 'Not Found', {}),
      new webApi.WebAPIPlatformError({ ok: false, error: 'channel_not_found' }),
      new Error('something else'),
    ];
    expect(failures.map(isSafeToRetry)).toEqual(failures.map(() => false));
  });

  it('is only true for every cause of an aggregate connection failure being unsent', () => {
    const both = (codes: string[]) =>
      new webApi.WebAPIRequestError(
        new TypeError('fetch failed', {
          cause: new AggregateError(codes.map((code) => Object.assign(new Error(code), { code }))),
        }),
      );
    expect([
      isSafeToRetry(both(['ECONNREFUSED', 'ECONNREFUSED'])),
      isSafeToRetry(both(['ECONNREFUSED', 'ECONNRESET'])),
    ]).toEqual([true, false]);
  });
});

describe('isPossiblyActedOn', () => {
  it('is true for a timeout, a dropped connection and a 5xx, false otherwise', () => {
    const cases: [unknown, boolean][] = [
      [TIMED_OUT, true],
      [networkFailure('UND_ERR_SOCKET'), true],
      [new webApi.WebAPIHTTPError(503, 'Service Unavailable', {}), true],
      [new webApi.WebAPIHTTPError(400, 'Bad Request', {}), false],
      [RATE_LIMITED, false],
      [networkFailure('ECONNREFUSED'), false],
      [new webApi.WebAPIPlatformError({ ok: false, error: 'not_in_channel' }), false],
      [new Error('index exploded'), false],
    ];
    expect(cases.map(([error]) => isPossiblyActedOn(error))).toEqual(cases.map(([, expected]) => expected));
  });
});

describe('createSafeRetryConfig', () => {
  it('keeps the base options and stops retrying by rethrowing an unsafe failure', () => {
    const config = createSafeRetryConfig({ retries: 3, minTimeout: 5 });
    expect(config).toMatchObject({ retries: 3, minTimeout: 5 });
    expect(() => config.onFailedAttempt(TIMED_OUT)).toThrow(TIMED_OUT);
    expect(() => config.onFailedAttempt(RATE_LIMITED)).not.toThrow();
  });
});
