import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { readSlackError, type SlackErrorReading } from '../../../../src/slack/digest/read-slack-error.js';

const { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } = webApi;

describe('readSlackError', () => {
  it.each<{ name: string; error: () => unknown; expected: SlackErrorReading }>([
    {
      name: 'a rate limit with Retry-After',
      error: () => new WebAPIRateLimitedError(7),
      expected: { errorClass: 'rate-limited', reason: 'rate limited, Retry-After 7 s', retry: { afterMs: 7000 } },
    },
    {
      name: 'an HTTP 429 with its header',
      error: () => new WebAPIHTTPError(429, 'Too Many', { 'retry-after': '3' }, ''),
      expected: { errorClass: 'rate-limited', reason: 'HTTP 429', retry: { afterMs: 3000 } },
    },
    {
      name: 'an HTTP 503',
      error: () => new WebAPIHTTPError(503, 'Unavailable', {}, ''),
      expected: { errorClass: 'http', reason: 'HTTP 503', retry: 'backoff' },
    },
    {
      name: 'an HTTP 400',
      error: () => new WebAPIHTTPError(400, 'Bad', {}, ''),
      expected: { errorClass: 'http', reason: 'HTTP 400', retry: 'never' },
    },
    {
      name: 'the client timeout',
      error: () => new WebAPIRequestError(Object.assign(new Error('aborted'), { name: 'TimeoutError' })),
      expected: { errorClass: 'timeout', reason: 'no answer within the timeout', retry: 'backoff' },
    },
    {
      name: 'a dropped connection',
      error: () => new WebAPIRequestError(new Error('socket hang up')),
      expected: { errorClass: 'network', reason: 'network error (socket hang up)', retry: 'backoff' },
    },
    {
      name: 'a transient platform error',
      error: () => new WebAPIPlatformError({ ok: false, error: 'internal_error' }),
      expected: { errorClass: 'platform', reason: 'Slack error "internal_error"', retry: 'backoff' },
    },
    {
      name: 'a lasting platform error',
      error: () => new WebAPIPlatformError({ ok: false, error: 'channel_not_found' }),
      expected: { errorClass: 'platform', reason: 'Slack error "channel_not_found"', retry: 'never' },
    },
    {
      name: 'anything else',
      error: () => new TypeError('boom'),
      expected: { errorClass: 'other', reason: 'boom', retry: 'never' },
    },
    { name: 'a thrown string', error: () => 'odd', expected: { errorClass: 'other', reason: 'odd', retry: 'never' } },
  ])('reads $name', ({ error, expected }) => {
    expect(readSlackError(error())).toEqual(expected);
  });
});
