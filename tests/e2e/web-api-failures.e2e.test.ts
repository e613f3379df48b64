import { afterEach, describe, expect, it } from 'vitest';
import { createErrorReference } from '../../src/slack/error-boundary.js';
import { buildExpectedReply, collectBlockText } from '../support/expected-slack-reply.js';
import { FAKE_BOT } from '../support/fake-slack-api.js';
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
