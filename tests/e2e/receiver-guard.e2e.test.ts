import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { postEvent, postInteraction, postSigned, postSlashCommand } from '../support/sign-slack-request.js';
import {
  buildCommandFields,
  buildEventEnvelope,
  startTestApp,
  TEST_SECRETS,
  type TestApp,
} from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

const SECRET = TEST_SECRETS.signingSecret;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A `/sources` command through the real receiver, answered in the acknowledgement. */
async function expectSourcesAnswered(testApp: TestApp, timestampSeconds?: number): Promise<void> {
  const fields = buildCommandFields('/sources', '', testApp.fake.responseUrl('alive'), 99);
  const response = await postSlashCommand(testApp.eventsUrl ?? '', SECRET, fields, {
    ...(timestampSeconds === undefined ? {} : { timestampSeconds }),
  });
  expect(response.status).toBe(200);
  expect(JSON.stringify(await response.json())).toContain('blocks');
}

describe('odd but signed request bodies (issue 13, case 8)', () => {
  it.each([
    ['null', 'application/json'],
    ['1', 'application/json'],
    ['[]', 'application/json'],
    ['"x"', 'application/json'],
    ['true', 'application/json'],
    ['{"type":', 'application/json'],
    ['payload=null', 'application/x-www-form-urlencoded'],
    ['payload=%5B1%5D', 'application/x-www-form-urlencoded'],
  ])(
    'answers 400 to the body %s (%s), reaches no listener, and keeps serving',
    async (body, contentType) => {
      app = await startTestApp({ transport: 'http' });
      const callsAtStart = app.fake.calls.length;
      const response = await postSigned(app.eventsUrl ?? '', SECRET, body, contentType);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe('');
      expect(app.fake.calls).toHaveLength(callsAtStart);
      expect(app.logs).toEqual([
        { level: 'warn', msg: 'request refused', status: 400, reason: 'body is not a JSON object' },
      ]);
      await expectSourcesAnswered(app);
    },
    60_000,
  );
});

describe('odd payloads over Socket Mode', () => {
  it('logs a null payload (Bolt catches it there), leaves it unacknowledged, and keeps answering', async () => {
    app = await startTestApp({ transport: 'socket-mode' });
    const testApp = app;
    const ack = await Promise.race([testApp.interaction(null), sleep(1000).then(() => 'no ack')]);
    expect(ack).toBe('no ack');
    expect(testApp.logs).toEqual([
      expect.objectContaining({ level: 'error', source: 'bolt', msg: expect.stringContaining("reading 'event'") }),
    ]);
    const answered = await testApp.command('/sources', '');
    expect(JSON.stringify(answered.body)).toContain('blocks');
  }, 60_000);
});

describe("requests dated outside Slack's five-minute window (issue 13, case 12)", () => {
  it('refuses a slash command, an event and an interaction dated six minutes ahead with 401, and nothing reaches Slack', async () => {
    app = await startTestApp({ transport: 'http' });
    const url = app.eventsUrl ?? '';
    const callsAtStart = app.fake.calls.length;
    const ahead = { timestampSeconds: nowSeconds() + 6 * 60 };
    const mention = { type: 'app_mention', user: 'U0ASKER', text: '/sources', ts: '1.0', channel: 'C0GENERAL' };
    const responses = await Promise.all([
      postSlashCommand(url, SECRET, buildCommandFields('/sources', '', app.fake.responseUrl('future'), 1), ahead),
      postEvent(url, SECRET, buildEventEnvelope(mention, 'Ev0FUTURE'), ahead),
      postInteraction(url, SECRET, { type: 'block_actions', actions: [] }, ahead),
    ]);
    expect(responses.map((response) => response.status)).toEqual([401, 401, 401]);
    expect(app.fake.calls).toHaveLength(callsAtStart);
    // A second may tick between signing and checking.
    const ahead360 = expect.stringMatching(/^timestamp ahead of the clock by 3(59|60) s$/);
    expect(app.logs.map((record) => record['reason'])).toEqual([ahead360, ahead360, ahead360]);
  }, 60_000);

  it('accepts a request dated four minutes ahead (clocks drift)', async () => {
    app = await startTestApp({ transport: 'http' });
    await expectSourcesAnswered(app, nowSeconds() + 4 * 60);
  }, 60_000);

  it("judges the window by the injected clock, not the machine's", async () => {
    const hourMs = 60 * 60 * 1000;
    app = await startTestApp({ transport: 'http', clock: { now: () => Date.now() + hourMs } });
    const fields = buildCommandFields('/sources', '', app.fake.responseUrl('skewed'), 1);
    const response = await postSlashCommand(app.eventsUrl ?? '', SECRET, fields);
    expect(response.status).toBe(401);
    expect(app.logs[0]).toMatchObject({
      msg: 'request refused',
      status: 401,
      reason: expect.stringMatching(/^timestamp behind the clock by 3(599|600|601) s$/),
    });
    await expectSourcesAnswered(app, nowSeconds() + 60 * 60);
  }, 60_000);
});
