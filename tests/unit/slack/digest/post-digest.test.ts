import { webApi } from '@slack/bolt';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DigestMessage } from '../../../../src/render/blocks/render-digest-blocks.js';
import {
  type DigestHistoryMessage,
  type DigestLogFields,
  type DigestPostArgs,
  postDigest,
} from '../../../../src/slack/digest/post-digest.js';

const { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } = webApi;

const DATE = '2024-12-24';
const MARKER = { event_type: 'verbatim_digest', event_payload: { date: DATE, channel: 'C1' } };

const MESSAGES: DigestMessage[] = [
  { text: 'part 1', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'one' } }] },
  { text: 'part 2', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'two' } }] },
];

let calls: DigestPostArgs[];
let sleeps: number[];
let lines: string[];
let events: string[];

/** A poster that plays back a script: an error to throw, or a ts to return. */
function scriptedPoster(script: (Error | string)[]) {
  return {
    async postMessage(args: DigestPostArgs) {
      calls.push(args);
      const next = script.shift() ?? `ts-${calls.length}`;
      if (next instanceof Error) throw next;
      return { ok: true, ts: next };
    },
  };
}

function options(extra: { maxAttempts?: number } = {}) {
  return {
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    logger: {
      info: (m: string, f?: DigestLogFields) => lines.push(`info: ${m}${f ? ` ${JSON.stringify(f)}` : ''}`),
      warn: (m: string, f?: DigestLogFields) => lines.push(`warn: ${m}${f ? ` ${JSON.stringify(f)}` : ''}`),
      error: (m: string, f?: DigestLogFields) => lines.push(`error: ${m}${f ? ` ${JSON.stringify(f)}` : ''}`),
    },
    onChannelAttempt: async (event: 'start' | 'failed') => {
      events.push(event);
    },
    ...extra,
  };
}

const http = (status: number, headers: Record<string, string> = {}) =>
  new WebAPIHTTPError(status, 'error', headers, '');

beforeEach(() => {
  calls = [];
  sleeps = [];
  lines = [];
  events = [];
});

describe('postDigest', () => {
  it('posts the first message to the channel and the others in its thread', async () => {
    const result = await postDigest(
      scriptedPoster(['100.1', '100.2']),
      { channel: 'C1', date: DATE, messages: MESSAGES },
      options(),
    );
    expect(result).toEqual({ ok: true, ts: '100.1', missingParts: 0 });
    expect(calls).toEqual([
      {
        channel: 'C1',
        text: 'part 1',
        blocks: MESSAGES[0]?.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: MARKER,
      },
      {
        channel: 'C1',
        text: 'part 2',
        blocks: MESSAGES[1]?.blocks,
        thread_ts: '100.1',
        unfurl_links: false,
        unfurl_media: false,
      },
    ]);
    expect(events).toEqual(['start']);
    expect(lines).toEqual([]);
  });

  it.each([
    { name: 'an HTTP 500', error: () => http(500), wait: 1000 },
    { name: 'an HTTP 429 with Retry-After', error: () => http(429, { 'retry-after': '7' }), wait: 7000 },
    { name: 'a rate-limit error', error: () => new WebAPIRateLimitedError(3), wait: 3000 },
    {
      name: 'a transient platform error',
      error: () => new WebAPIPlatformError({ ok: false, error: 'internal_error' }),
      wait: 1000,
    },
  ])('retries after $name, waiting $wait ms', async ({ error, wait }) => {
    const result = await postDigest(
      scriptedPoster([error(), '100.1']),
      { channel: 'C1', date: DATE, messages: MESSAGES.slice(0, 1) },
      options(),
    );
    expect(result).toEqual({ ok: true, ts: '100.1', missingParts: 0 });
    expect(sleeps).toEqual([wait]);
    expect(events).toEqual(['start', 'failed', 'start']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^warn: Posting the digest to channel "C1" failed \(.+\); retrying in \d+ ms \(attempt 2 of 5\) \{"channel":"C1","errorClass":"[a-z-]+","attempt":1\}$/,
    );
  });

  it('backs off exponentially and fails after the last attempt, logging the failure', async () => {
    const poster = scriptedPoster([http(500), http(502), http(503), http(500), http(500)]);
    const result = await postDigest(poster, { channel: 'C1', date: DATE, messages: MESSAGES }, options());
    expect(result).toEqual({ ok: false, error: 'HTTP 500 after 5 attempts', isInDoubt: false });
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(calls).toHaveLength(5);
    expect(lines.at(-1)).toBe(
      'error: Cannot post the digest to channel "C1": HTTP 500 after 5 attempts {"channel":"C1","errorClass":"http"}',
    );
  });

  it.each([
    {
      name: 'a platform error such as channel_not_found',
      error: () => new WebAPIPlatformError({ ok: false, error: 'channel_not_found' }),
      reason: 'Slack error "channel_not_found"',
    },
    { name: 'an HTTP 400', error: () => http(400), reason: 'HTTP 400' },
    { name: 'an unexpected error', error: () => new TypeError('boom'), reason: 'boom' },
    {
      name: 'a Retry-After longer than the longest wait',
      error: () => new WebAPIRateLimitedError(600),
      reason: 'rate limited, Retry-After 600 s; the wait of 600000 ms is too long',
    },
  ])('does not retry $name', async ({ error, reason }) => {
    const result = await postDigest(
      scriptedPoster([error()]),
      { channel: 'C1', date: DATE, messages: MESSAGES },
      options(),
    );
    expect(result).toEqual({ ok: false, error: reason, isInDoubt: false });
    expect(sleeps).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('counts the channel message as posted when a thread part fails, and logs the missing parts', async () => {
    const poster = scriptedPoster(['100.1', new WebAPIPlatformError({ ok: false, error: 'msg_too_long' })]);
    const result = await postDigest(poster, { channel: 'C1', date: DATE, messages: MESSAGES }, options());
    expect(result).toEqual({ ok: true, ts: '100.1', missingParts: 1 });
    expect(lines).toEqual([
      'error: Cannot post part 2 of the digest in channel "C1": Slack error "msg_too_long"; 1 of 2 parts are missing {"channel":"C1","errorClass":"platform"}',
    ]);
  });
});

describe('postDigest when Slack does not answer', () => {
  const timeout = () => new WebAPIRequestError(Object.assign(new Error('aborted'), { name: 'TimeoutError' }));

  /** A poster whose `history` answers with the given messages, or throws. */
  function lookingPoster(script: (Error | string)[], history: () => readonly DigestHistoryMessage[]) {
    const looks: unknown[] = [];
    return {
      looks,
      poster: {
        ...scriptedPoster(script),
        async history(args: unknown) {
          looks.push(args);
          return { messages: history() };
        },
      },
    };
  }

  it('counts the message as posted when the channel has it, and posts nothing again', async () => {
    const { poster, looks } = lookingPoster([timeout(), '100.2'], () => [
      { ts: '99.0' },
      { ts: '100.1', metadata: MARKER },
    ]);
    const result = await postDigest(poster, { channel: 'C1', date: DATE, messages: MESSAGES }, options());
    expect(result).toEqual({ ok: true, ts: '100.1', missingParts: 0 });
    expect(calls.map((call) => call.thread_ts ?? null)).toEqual([null, '100.1']);
    expect(looks).toEqual([{ channel: 'C1', limit: 100, include_all_metadata: true }]);
    expect(sleeps).toEqual([1000]);
    expect(events).toEqual(['start']);
    expect(lines).toEqual([
      'warn: Posting the digest to channel "C1" got no answer (no answer within the timeout); looking in the channel in 1000 ms before posting again {"channel":"C1","errorClass":"timeout","attempt":1}',
      'info: The digest was posted to channel "C1" after all (ts 100.1) {"channel":"C1","errorClass":"timeout","attempt":1}',
    ]);
  });

  it("posts again when the channel does not have it (another day's marker does not count)", async () => {
    const other = {
      ts: '90.1',
      metadata: { event_type: 'verbatim_digest', event_payload: { date: '2024-12-23', channel: 'C1' } },
    };
    const { poster } = lookingPoster([timeout(), '100.3'], () => [other]);
    const result = await postDigest(poster, { channel: 'C1', date: DATE, messages: MESSAGES.slice(0, 1) }, options());
    expect(result).toEqual({ ok: true, ts: '100.3', missingParts: 0 });
    expect(calls).toHaveLength(2);
    expect(events).toEqual(['start', 'failed', 'start']);
  });

  it('is in doubt, and posts nothing again, when the look fails', async () => {
    const { poster } = lookingPoster([timeout()], () => {
      throw new WebAPIPlatformError({ ok: false, error: 'missing_scope' });
    });
    const result = await postDigest(poster, { channel: 'C1', date: DATE, messages: MESSAGES }, options());
    expect(result).toEqual({
      ok: false,
      error: 'no answer within the timeout; the message may have been posted',
      isInDoubt: true,
    });
    expect(calls).toHaveLength(1);
    expect(events).toEqual(['start']);
    expect(lines.slice(1)).toEqual([
      'warn: Cannot look for the digest in channel "C1": Slack error "missing_scope" {"channel":"C1","errorClass":"platform"}',
      'error: Cannot post the digest to channel "C1": no answer within the timeout; the message may have been posted {"channel":"C1","errorClass":"timeout"}',
    ]);
  });

  it('does not retry a dropped connection without a way to look, nor a thread part that may have landed', async () => {
    const network = () => new WebAPIRequestError(new Error('socket hang up'));
    const first = await postDigest(
      scriptedPoster([network()]),
      { channel: 'C1', date: DATE, messages: MESSAGES },
      options(),
    );
    expect(first).toEqual({
      ok: false,
      error: 'network error (socket hang up); the message may have been posted',
      isInDoubt: true,
    });
    expect(calls).toHaveLength(1);
    const { poster } = lookingPoster(['100.1', timeout()], () => []);
    const second = await postDigest(poster, { channel: 'C1', date: DATE, messages: MESSAGES }, options());
    expect(second).toEqual({ ok: true, ts: '100.1', missingParts: 1 });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([]);
  });
});
