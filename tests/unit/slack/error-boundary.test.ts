import { RespondError, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  buildAnswerFailedMessage,
  buildUnconfirmedReplyMessage,
  createErrorReference,
  describeError,
  withErrorReply,
} from '../../../src/slack/error-boundary.js';
import type { LogRecord } from '../../../src/slack/json-logger.js';

function setup() {
  const logs: LogRecord[] = [];
  let now = 1000;
  const deps = { logger: { write: (record: LogRecord) => logs.push(record) }, clock: { now: () => (now += 5) } };
  return { logs, deps };
}

const META = { kind: 'command', name: '/sources', requestId: 'trigger-9' } as const;

/** Runs work that throws `error` and collects the log and what the asker was told. */
async function failWith(error: Error): Promise<{ logs: LogRecord[]; told: string[] }> {
  const { logs, deps } = setup();
  const told: string[] = [];
  await withErrorReply(
    deps,
    META,
    async () => {
      throw error;
    },
    async (message) => {
      told.push(message.text);
    },
  );
  return { logs, told };
}

describe('withErrorReply', () => {
  it('writes one info line with the outcome and the latency', async () => {
    const { logs, deps } = setup();
    await withErrorReply(
      deps,
      META,
      async () => ({ outcome: 'answered', answerKind: 'sources' }),
      async () => {},
    );
    expect(logs).toEqual([
      { level: 'info', msg: 'request', ...META, latencyMs: 5, outcome: 'answered', answerKind: 'sources' },
    ]);
  });

  it('tells the asker with the error reference and logs the same reference', async () => {
    const { logs, told } = await failWith(new webApi.WebAPIPlatformError({ ok: false, error: 'channel_not_found' }));
    const reference = createErrorReference('trigger-9');
    expect(told).toEqual([buildAnswerFailedMessage(reference)]);
    expect(logs).toEqual([
      {
        level: 'error',
        msg: 'request failed',
        ...META,
        latencyMs: 5,
        outcome: 'failed',
        errorRef: reference,
        error: { name: 'WebAPIPlatformError', code: 'channel_not_found' },
        isAskerTold: true,
      },
    ]);
  });

  it('tells the asker that Slack did not confirm the reply when it may have been posted (a 5xx, a timeout)', async () => {
    const { logs, told } = await failWith(new webApi.WebAPIHTTPError(502, 'Bad Gateway', {}, ''));
    const reference = createErrorReference('trigger-9');
    expect(told).toEqual([buildUnconfirmedReplyMessage(reference)]);
    expect(logs[0]).toMatchObject({ errorRef: reference, isMaybePosted: true, error: { status: 502 } });
  });

  it('logs that the asker could not be told when the reply fails too, and never throws', async () => {
    const { logs, deps } = setup();
    await withErrorReply(
      deps,
      META,
      async () => {
        throw new Error('first');
      },
      async () => {
        throw new RespondError('gone', 404);
      },
    );
    expect(logs[0]).toMatchObject({ isAskerTold: false, replyError: { name: 'Error', status: 404 } });
  });
});

describe('createErrorReference', () => {
  it('derives the same short reference from the same request id', () => {
    expect(createErrorReference('Ev123')).toBe(createErrorReference('Ev123'));
    expect(createErrorReference('Ev123')).toMatch(/^ERR-[0-9a-f]{8}$/);
    expect(createErrorReference('Ev124')).not.toBe(createErrorReference('Ev123'));
  });
});

describe('describeError', () => {
  it.each([
    [
      new webApi.WebAPIPlatformError({ ok: false, error: 'not_in_channel' }),
      { name: 'WebAPIPlatformError', code: 'not_in_channel' },
    ],
    [new webApi.WebAPIRateLimitedError(30), { name: 'WebAPIRateLimitedError', retryAfterSeconds: 30 }],
    [new webApi.WebAPIHTTPError(500, 'Internal', {}, ''), { name: 'WebAPIHTTPError', status: 500 }],
    [new RangeError('bad'), { name: 'RangeError', message: 'bad' }],
    ['text', { name: 'unknown', message: 'text' }],
  ])('describes %s by its class', (error, expected) => {
    expect(describeError(error)).toEqual(expected);
  });
});
