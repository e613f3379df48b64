import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { renderNoticeMessage } from '../../src/render/blocks/render-notice-message.js';
import { buildUnconfirmedReplyMessage, createErrorReference } from '../../src/slack/error-boundary.js';
import { buildExpectedReply } from '../support/expected-slack-reply.js';
import { FAKE_BOT, type Failure } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

function mention(ts: string): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${FAKE_BOT.userId}> /sources`,
    ts,
    channel: 'C0GENERAL',
    event_ts: ts,
  };
}

/**
 * Case 3 of issue 13: Slack acts on `chat.postMessage` (the answer lands) but the bot never hears
 * back. The answer must be in the thread once, followed by the fixed notice that Slack did not
 * confirm it, never a second copy.
 */
async function expectAnsweredOnceAndTold(failure: Failure, ts: string, eventId: string): Promise<void> {
  const started = await startTestApp({ transport: 'http', webApiTimeoutMs: 300 });
  app = started;
  started.fake.failNext('chat.postMessage', failure);
  await started.event(mention(ts), { eventId });
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
    await expectAnsweredOnceAndTold({ slowMs: 1000 }, '1700000031.000100', 'Ev0SLOW');
  }, 60_000);

  it('still waits out a 429 and retries: Slack did not act on a rate-limited call', async () => {
    app = await startTestApp({ transport: 'http', webApiTimeoutMs: 300 });
    app.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await app.event(mention('1700000032.000100'));
    await app.waitForLog((record) => record['outcome'] === 'answered');
    const posts = app.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toEqual(posts[0]?.body);
  }, 60_000);
});
