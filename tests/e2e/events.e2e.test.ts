import { afterEach, describe, expect, it } from 'vitest';
import { buildHomeSummary } from '../../src/answer/build-home-summary.js';
import { renderHomeView } from '../../src/render/blocks/render-home-view.js';
import { HOME_CALLBACK_ID } from '../../src/slack/slack-ids.js';
import { buildExpectedReply } from '../support/expected-slack-reply.js';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

const MENTION = `<@${FAKE_BOT.userId}>`;

function mention(text: string, ts: string, threadTs?: string): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'U0ASKER',
    text,
    ts,
    channel: 'C0GENERAL',
    event_ts: ts,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  };
}

function directMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    channel_type: 'im',
    channel: 'D0ASKER',
    user: 'U0ASKER',
    text,
    ts: '1700000005.000100',
    ...extra,
  };
}

describe.each(['http', 'socket-mode'] as const)('events over %s', (transport) => {
  it('answers a mention in a new thread under it, without the mention in the question', async () => {
    app = await startTestApp({ transport });
    expect(await app.event(mention(`${MENTION} which reports mention gristmill?`, '1700000001.000100'))).toEqual({
      status: 200,
      body: {},
    });
    const post = await app.fake.waitForCall('chat.postMessage');
    const expected = await buildExpectedReply(app.index, 'which reports mention gristmill?', {
      page: 0,
      sharedBy: null,
      isShareable: false,
    });
    expect(post.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000001.000100', ...expected });
  });

  it('answers a direct message in the conversation', async () => {
    app = await startTestApp({ transport });
    await app.event(directMessage('/sources'));
    const post = await app.fake.waitForCall('chat.postMessage');
    const expected = await buildExpectedReply(app.index, '/sources', { page: 0, sharedBy: null, isShareable: false });
    expect(post.body).toMatchObject({ channel: 'D0ASKER', ...expected });
    expect(post.body['thread_ts']).toBeUndefined();
  });

  it('publishes the Home tab when it is opened', async () => {
    app = await startTestApp({ transport });
    await app.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0ASKER', tab: 'home', event_ts: '1.0' });
    const publish = await app.fake.waitForCall('views.publish');
    expect(publish.body).toMatchObject({
      user_id: 'U0ASKER',
      view: { ...renderHomeView(buildHomeSummary(app.index)), callback_id: HOME_CALLBACK_ID },
    });
  });
});

describe('events', () => {
  it('answers a mention inside a thread in that thread', async () => {
    app = await startTestApp({ transport: 'http' });
    await app.event(mention(`${MENTION} /sources`, '1700000003.000100', '1700000000.000100'));
    const post = await app.fake.waitForCall('chat.postMessage');
    expect(post.body['thread_ts']).toBe('1700000000.000100');
  });

  it('answers a mention in the middle of the text', async () => {
    app = await startTestApp({ transport: 'http' });
    await app.event(mention(`hey ${MENTION} reports gristmill`, '1700000004.000100'));
    const post = await app.fake.waitForCall('chat.postMessage');
    const expected = await buildExpectedReply(app.index, 'hey reports gristmill', {
      page: 0,
      sharedBy: null,
      isShareable: false,
    });
    expect(post.body).toMatchObject({ blocks: expected.blocks });
  });

  it.each([
    ['a bot message', { subtype: 'bot_message', bot_id: 'B0OTHER' }],
    ['an edit', { subtype: 'message_changed' }],
    ['its own message', { bot_id: FAKE_BOT.botId, user: FAKE_BOT.userId }],
  ])('ignores %s in a DM', async (_name, extra) => {
    app = await startTestApp({ transport: 'http' });
    await app.event(directMessage('/sources', extra));
    await app.event(directMessage('/sources', { ts: '1700000009.000100' }));
    await app.fake.waitForCall('chat.postMessage');
    expect(app.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(app.fake.callsTo('chat.postMessage')[0]?.body['thread_ts']).toBeUndefined();
  });

  it('leaves the Messages tab alone', async () => {
    app = await startTestApp({ transport: 'http' });
    await app.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0ASKER', tab: 'messages', event_ts: '1.0' });
    await app.waitForLog((record) => record['name'] === 'app_home_opened' && record['outcome'] === 'ignored');
    expect(app.fake.callsTo('views.publish')).toEqual([]);
  });

  it.each(['http', 'socket-mode'] as const)('answers a retried delivery once (%s)', async (transport) => {
    app = await startTestApp({ transport });
    const event = mention(`${MENTION} /sources`, '1700000006.000100');
    await app.event(event, { eventId: 'Ev0RETRY' });
    await app.fake.waitForCall('chat.postMessage');
    await app.event(event, { eventId: 'Ev0RETRY', retryNum: 1 });
    await app.waitForLog((record) => record['outcome'] === 'duplicate');
    expect(app.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
