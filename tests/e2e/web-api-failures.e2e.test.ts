import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { renderNoticeMessage } from '../../src/render/blocks/render-notice-message.js';
import { buildUnconfirmedReplyMessage, createErrorReference } from '../../src/slack/error-boundary.js';
import { buildExpectedReply, collectBlockText } from '../support/expected-slack-reply.js';
import { FAKE_BOT, type Failure } from '../support/fake-slack-api.js';
import { startTestApp, TEST_SECRETS, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

function mentionSources(ts: string): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${FAKE_BOT.userId}> /sources`,
    ts,
    channel: 'C0GENERAL',
    event_ts: ts,
  };
}

describe('Web API failures', () => {
  it('does not retry after a 500 (Slack may have posted) and tells the asker, with an error reference that is also logged', async () => {
    app = await startTestApp({ transport: 'http' });
    app.fake.failNext('chat.postMessage', { status: 500 });
    await app.event(mentionSources('1700000011.000100'), { eventId: 'Ev0FAILING' });
    const told = await app.fake.waitForCall('chat.postMessage', 2);
    const reference = createErrorReference('Ev0FAILING');
    expect(told.body['thread_ts']).toBe('1700000011.000100');
    expect(collectBlockText(told.body['blocks'] as unknown[])).toContain(reference);
    const log = await app.waitForLog((record) => record.level === 'error');
    expect(log).toMatchObject({
      msg: 'request failed',
      kind: 'event',
      name: 'app_mention',
      errorRef: reference,
      error: { name: 'WebAPIHTTPError', status: 500 },
      isAskerTold: true,
      isMaybePosted: true,
    });
    expect(app.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('waits as long as Retry-After says after a 429, then delivers the answer', async () => {
    app = await startTestApp({ transport: 'http' });
    app.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await app.event(mentionSources('1700000012.000100'));
    const delivered = await app.fake.waitForCall('chat.postMessage', 2);
    const limited = app.fake.callsTo('chat.postMessage')[0];
    expect(delivered.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(990);
    const expected = await buildExpectedReply(app.index, '/sources', { page: 0, sharedBy: null, isShareable: false });
    expect(delivered.body).toMatchObject({ thread_ts: '1700000012.000100', blocks: expected.blocks });
    await app.waitForLog((record) => record['outcome'] === 'answered');
  });

  it('answers a command that fails with the fixed message and its reference', async () => {
    app = await startTestApp({
      transport: 'http',
      answer: () => {
        throw new Error('index exploded');
      },
    });
    const ack = await app.command('/sources', '');
    const reference = createErrorReference('trigger-1');
    expect(ack.status).toBe(200);
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain(reference);
    const log = await app.waitForLog((record) => record.level === 'error');
    expect(log).toMatchObject({ errorRef: reference, error: { name: 'Error', message: 'index exploded' } });
    expect(JSON.stringify(app.logs)).not.toContain(TEST_SECRETS.botToken);
  });
});

/**
 * Case 3 of issue 13: Slack acts on `chat.postMessage` (the answer lands) but the bot never hears
 * back. The answer must be in the thread once, followed by the fixed notice that Slack did not
 * confirm it, never a second copy.
 */
async function expectAnsweredOnceAndTold(failure: Failure, ts: string, eventId: string): Promise<void> {
  const started = await startTestApp({ transport: 'http', webApiTimeoutMs: 1000 });
  app = started;
  started.fake.failNext('chat.postMessage', failure);
  await started.event(mentionSources(ts), { eventId });
  const reference = createErrorReference(eventId);
  const log = await started.waitForLog((record) => record.level === 'error');
  expect(log).toMatchObject({ msg: 'request failed', errorRef: reference, isAskerTold: true, isMaybePosted: true });
  // Long enough for a retry (the test retry waits are 5–10 ms) and for the slow answer to arrive.
  await sleep(1500);
  const expected = await buildExpectedReply(started.index, '/sources', { page: 0, sharedBy: null, isShareable: false });
  const posts = started.fake.callsTo('chat.postMessage').map((call) => call.body);
  expect(posts).toEqual([
    expect.objectContaining({ channel: 'C0GENERAL', thread_ts: ts, blocks: expected.blocks }),
    expect.objectContaining({
      channel: 'C0GENERAL',
      thread_ts: ts,
      ...renderNoticeMessage(buildUnconfirmedReplyMessage(reference)),
    }),
  ]);
}

describe('a slow or silent Slack', () => {
  it('never posts an answer twice when the connection drops after Slack took the post', async () => {
    await expectAnsweredOnceAndTold({ drop: true }, '1700000030.000100', 'Ev0DROPPED');
  }, 60_000);

  it('never posts an answer twice when Slack answers after the client gave up', async () => {
    await expectAnsweredOnceAndTold({ slowMs: 2000 }, '1700000031.000100', 'Ev0SLOW');
  }, 60_000);
});
