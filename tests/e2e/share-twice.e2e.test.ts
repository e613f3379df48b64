import { afterEach, describe, expect, it } from 'vitest';
import { SHARE_DEDUPE_WINDOW_MS } from '../../src/slack/create-slack-app.js';
import { ACTION_IDS } from '../../src/slack/slack-ids.js';
import { buildButtonClick } from '../support/click-slack-button.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

type Message = { blocks: unknown[] };

/** The system clock plus an offset the test moves forward (request timestamps stay within Slack's window). */
function createShiftedClock() {
  let offsetMs = 0;
  return {
    now: () => Date.now() + offsetMs,
    advance: (ms: number) => {
      offsetMs += ms;
    },
  };
}

/**
 * Two clicks of the same Share button as Slack sends them: the same user, message and button,
 * but a new trigger id, response URL and action time on each.
 */
function buildClicks(testApp: TestApp, blocks: unknown[], user = { id: 'U0ASKER', username: 'asker' }) {
  const click = (n: number) => {
    const payload = buildButtonClick(
      {
        blocks,
        channel: 'C0GENERAL',
        isEphemeral: true,
        messageTs: '1700000040.000100',
        responseUrl: testApp.fake.responseUrl(`share-${user.id}-${n}`),
        user,
      },
      ACTION_IDS.share,
    );
    return { ...payload, trigger_id: `trigger-share-${user.id}-${n}` };
  };
  return [click(1), click(2)] as const;
}

describe('"Share in channel" clicked twice (issue 13, case 9)', () => {
  it('posts once for a double click, and logs the second click as a duplicate', async () => {
    app = await startTestApp({ transport: 'http' });
    const reply = (await app.command('/sources', '')).body as Message;
    const [first, second] = buildClicks(app, reply.blocks);
    const acks = await Promise.all([app.interaction(first), app.interaction(second)]);
    expect(acks).toEqual([
      { status: 200, body: {} },
      { status: 200, body: {} },
    ]);
    await app.waitForLog((record) => record['outcome'] === 'shared');
    await app.waitForLog((record) => record['outcome'] === 'duplicate');
    expect(app.fake.callsTo('chat.postMessage')).toHaveLength(1);
    // The one share deletes the private copy once; the duplicate click sends nothing.
    expect(app.fake.callsTo('response_url').map((call) => call.body)).toEqual([{ delete_original: true }]);
  }, 60_000);

  it('shares again for another person, and for the same person once the window has passed', async () => {
    const clock = createShiftedClock();
    app = await startTestApp({ transport: 'http', clock });
    const reply = (await app.command('/sources', '')).body as Message;
    const [first, second] = buildClicks(app, reply.blocks);
    const [other] = buildClicks(app, reply.blocks, { id: 'U0OTHER', username: 'other' });
    await app.interaction(first);
    await app.fake.waitForCall('chat.postMessage', 1);
    await app.interaction(other);
    await app.fake.waitForCall('chat.postMessage', 2);
    clock.advance(SHARE_DEDUPE_WINDOW_MS);
    await app.interaction(second);
    await app.fake.waitForCall('chat.postMessage', 3);
    const sharedBy = app.fake
      .callsTo('chat.postMessage')
      .map((call) => JSON.stringify(call.body['blocks']).match(/Shared by (\w+)/)?.[1]);
    expect(sharedBy).toEqual(['asker', 'other', 'asker']);
    expect(app.logs.filter((record) => record['outcome'] === 'duplicate')).toEqual([]);
  }, 60_000);
});
