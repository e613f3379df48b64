import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SlackMessage } from '../../src/render/blocks/render-answer-message.js';
import { renderNoticeMessage } from '../../src/render/blocks/render-notice-message.js';
import { buildAnswerFailedMessage } from '../../src/slack/error-boundary.js';
import { buildExpectedReply } from '../support/expected-slack-reply.js';
import type { RecordedCall } from '../support/fake-slack-api.js';
import { type Ack, startTestApp, type TestApp } from '../support/start-test-app.js';

/** The worker's answer function: `busy-N` computes for N ms first, `exit-N` ends the worker thread. */
const SLOW_ANSWER = new URL('../support/slow-answer.ts', import.meta.url);
/** Slack's acknowledgement window. */
const SLACK_WINDOW_MS = 3000;
/** Starting worker threads under tsx on a loaded two-core machine takes seconds; so does a heavy answer. */
const TIMEOUT_MS = 90_000;

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

/** Sends a slash command and measures how long its HTTP acknowledgement took. */
async function timeCommand(running: TestApp, command: string, text: string, responseId: string) {
  const started = performance.now();
  const ack = await running.command(command, text, responseId);
  return { ack, ms: performance.now() - started };
}

/** The posts to the response URLs of these commands, in the order they arrived, once there is one for each. */
function waitForResponses(running: TestApp, responseIds: readonly string[]): Promise<RecordedCall[]> {
  const paths = new Set(responseIds.map((id) => `/response/${id}`));
  return vi.waitFor(
    () => {
      const calls = running.fake.callsTo('response_url').filter((call) => paths.has(call.path));
      if (calls.length < paths.size) throw new Error(`Waiting for ${paths.size} answers, ${calls.length} so far`);
      return calls;
    },
    { timeout: 30_000, interval: 10 },
  );
}

/** The answer of a command: in its acknowledgement, or (acknowledged empty) posted to its response URL. */
async function answerOf(running: TestApp, ack: Ack, responseId: string): Promise<unknown> {
  if (Object.keys(ack.body as object).length > 0) return ack.body;
  const [call] = await waitForResponses(running, [responseId]);
  return call?.body;
}

async function expectedReply(running: TestApp, text: string): Promise<Record<string, unknown>> {
  const message: SlackMessage = await buildExpectedReply(running.index, text, {
    page: 0,
    sharedBy: null,
    isShareable: true,
  });
  return { response_type: 'ephemeral', ...message };
}

/** Starts the app with its answers in a worker, and waits until the worker has answered once. */
async function startWithWorker(ackDeadlineMs?: number): Promise<TestApp> {
  const running = await startTestApp({
    transport: 'http',
    answerWorker: { answerModule: SLOW_ANSWER },
    ...(ackDeadlineMs === undefined ? {} : { ackDeadlineMs }),
  });
  const { ack } = await timeCommand(running, '/verbatim', 'help', 'warm-up');
  expect(await answerOf(running, ack, 'warm-up')).toEqual(await expectedReply(running, '/verbatim help'));
  return running;
}

describe('answers in a worker thread', () => {
  it(
    'acknowledges every request within Slack’s 3 s while a heavy answer is computed, then answers each',
    async () => {
      app = await startWithWorker();
      const running = app;
      const heavy = timeCommand(running, '/reports', 'busy-6000 ferry', 'heavy');
      await delay(200);
      // Each answer computes a little, so two answers finished one after the other are not posted at the same moment.
      const queued = timeCommand(running, '/reports', 'busy-300 gristmill', 'queued');
      const [heavyAck, queuedAck] = await Promise.all([heavy, queued]);
      expect(heavyAck.ack).toEqual({ status: 200, body: {} });
      expect(queuedAck.ack).toEqual({ status: 200, body: {} });
      expect(heavyAck.ms).toBeLessThan(SLACK_WINDOW_MS);
      expect(queuedAck.ms).toBeLessThan(SLACK_WINDOW_MS);
      const calls = await waitForResponses(running, ['heavy', 'queued']);
      expect(calls.map((call) => call.path)).toEqual(['/response/heavy', '/response/queued']);
      expect(calls[0]?.body).toEqual(await expectedReply(running, '/reports busy-6000 ferry'));
      expect(calls[1]?.body).toEqual(await expectedReply(running, '/reports busy-300 gristmill'));
    },
    TIMEOUT_MS,
  );

  it(
    'answers in the order the requests arrived, a quick question waiting behind a slow one',
    async () => {
      app = await startWithWorker(50);
      const running = app;
      // Each answer computes a little (busy-N), so answers finished one after the other are posted
      // far enough apart that their posts cannot overtake each other on the way to the fake.
      const asked = [
        ['/who-said', 'busy-1500 Lena Marsh'],
        ['/who-said', 'busy-300 Lena Marsh'],
        ['/reports', 'busy-300 gristmill'],
        ['/troops', 'busy-300'],
        ['/casualties', 'busy-300 killed'],
      ] as const;
      for (const [i, [command, text]] of asked.entries()) {
        expect((await running.command(command, text, `q${i}`)).status).toBe(200);
      }
      const calls = await waitForResponses(
        running,
        asked.map((_, i) => `q${i}`),
      );
      expect(calls.map((call) => call.path)).toEqual(asked.map((_, i) => `/response/q${i}`));
      for (const [i, [command, text]] of asked.entries()) {
        expect(calls[i]?.body).toEqual(await expectedReply(running, `${command} ${text}`.trim()));
      }
    },
    TIMEOUT_MS,
  );

  it(
    'tells the asker with the fixed message when the worker dies, logs it, and answers from a new worker',
    async () => {
      app = await startWithWorker();
      const running = app;
      const { ack } = await timeCommand(running, '/reports', 'exit-7', 'dies');
      const failed = await running.waitForLog((record) => record.msg === 'request failed');
      const notice = renderNoticeMessage(buildAnswerFailedMessage(String(failed['errorRef'])));
      expect(await answerOf(running, ack, 'dies')).toEqual({ response_type: 'ephemeral', ...notice });
      expect(failed['error']).toMatchObject({ name: 'AnswerWorkerError' });
      expect(await running.waitForLog((record) => record.msg === 'answer worker stopped')).toMatchObject({
        level: 'error',
        code: 7,
      });
      await running.waitForLog((record) => record.msg === 'answer worker restarted');
      const after = await timeCommand(running, '/sources', '', 'after');
      expect(await answerOf(running, after.ack, 'after')).toEqual(await expectedReply(running, '/sources'));
    },
    TIMEOUT_MS,
  );
});
