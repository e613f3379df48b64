import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { loadCorpusSettings } from '../../src/corpus/load-corpus-settings.js';
import { buildCorpusIndex } from '../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import type { CorpusManifest } from '../../src/index/corpus-manifest.js';
import type { AnswerFunction, PreviewDigest } from '../../src/slack/answer-slack-question.js';
import { createAnswerPool, toAnswerIndexSource } from '../../src/slack/create-answer-pool.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import type { Clock } from '../../src/slack/error-boundary.js';
import type { LogRecord } from '../../src/slack/json-logger.js';
import { serveIndexInProcess } from '../../src/slack/serve-index-in-process.js';
import { type RunningVerbatim, startVerbatim } from '../../src/slack/start-verbatim.js';
import { FAKE_BOT, type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { type FakeSlackSocket, startFakeSlackSocket } from './fake-slack-socket.js';
import type { ManualClock } from './manual-clock.js';
import { postEvent, postInteraction, postSlashCommand } from './sign-slack-request.js';

export const TEST_SECRETS = {
  botToken: 'xoxb-test-bot-token',
  signingSecret: 'test-signing-secret',
  appToken: 'xapp-test-app-token',
} as const;

/** The fixture corpus for the Slack tests. */
export const SLACK_CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpora/slack', import.meta.url));
/** The seed corpus the bot answers from by default. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** What a delivery got back: the HTTP status and body, or (Socket Mode) 200 and the ack payload. */
export type Ack = { readonly status: number; readonly body: unknown };

export type TestApp = {
  readonly transport: 'http' | 'socket-mode';
  readonly fake: FakeSlackApi;
  /** The index at start (a started bot's main thread holds none: this one is built here from its corpus folder). */
  readonly index: CorpusIndex;
  /** The manifest of the corpus answers come from now (a started bot updates it when its corpus folder changes). */
  readonly getManifest: () => CorpusManifest;
  /**
   * The index answers come from now, for building expected replies: the app's own in process; for a
   * started bot, built here from its corpus folder (the answer worker's is deep-equal to it), checked
   * against the bot's manifest fingerprint, and flagged stale as the manifest is.
   */
  readonly readIndex: () => Promise<CorpusIndex>;
  /** What `startVerbatim` returned, for a started bot (`bot`); null otherwise. */
  readonly running: RunningVerbatim | null;
  readonly logs: LogRecord[];
  /** The events URL (HTTP only), for raw signed requests. */
  readonly eventsUrl: string | null;
  /** The bound HTTP port: Slack's events, or in Socket Mode the reader's own server; null without either. */
  readonly port: number | null;
  readonly command: (command: string, text: string, responseId?: string) => Promise<Ack>;
  readonly event: (event: Record<string, unknown>, options?: { eventId?: string; retryNum?: number }) => Promise<Ack>;
  readonly interaction: (payload: unknown) => Promise<Ack>;
  /** Waits for the request log line matching the predicate. */
  readonly waitForLog: (predicate: (record: LogRecord) => boolean) => Promise<LogRecord>;
  readonly stop: () => Promise<void>;
};

export type TestAppOptions = {
  readonly transport: 'http' | 'socket-mode';
  readonly answer?: AnswerFunction;
  readonly ackDeadlineMs?: number;
  readonly previewDigest?: PreviewDigest;
  /** The corpus folder; the Slack fixture corpus by default. */
  readonly corpusDir?: string;
  /** Starts the whole bot with `startVerbatim`, as `npm start` does: corpus watcher and digest scheduler included. */
  readonly bot?: TestBotOptions;
  /** Answers in an answer worker thread, as `startVerbatim` does, using this module's `answer` when given. */
  readonly answerWorker?: { readonly answerModule?: URL };
  /** A fake Slack Web API to reuse (a restarted bot keeps talking to the same fake); a new one by default. */
  readonly fake?: FakeSlackApi;
  /** How long a Web API call may take (tests of a slow Slack make it short); the app's default otherwise. */
  readonly webApiTimeoutMs?: number;
  /** The Slack layer's clock (request timestamps, de-duplication windows); the system clock by default. */
  readonly clock?: Clock;
};

/** How a whole bot is started in a test: its time, and its variables as `.env` would set them. */
export type TestBotOptions = {
  /** The digest's clock, timer and retry sleep. */
  readonly clock: ManualClock;
  /** More variables: `DIGEST_CHANNELS`, `DIGEST_TIME`, `DIGEST_TZ`, `DIGEST_EMPTY`, `STATE_DIR`. */
  readonly env?: Readonly<Record<string, string>>;
  /** Quiet time before the watcher re-reads the corpus; short in tests. */
  readonly watchDebounceMs?: number;
  /** How often the watcher checks the corpus folder itself is there; short in tests. */
  readonly watchCheckMs?: number;
  /** How long a digest call waits for Slack (real time); the production 10 s by default. */
  readonly digestTimeoutMs?: number;
  /** Who holds the digest lease, for two bots in one test process. */
  readonly digestOwner?: string;
  /** The largest corpus whose deltas are applied in place (`startVerbatim`'s option). */
  readonly inPlaceMaxCorpusReports?: number;
};

/** Fast Web API retries for the interactive answers. */
const TEST_RETRY_CONFIG = { retries: 2, factor: 1, minTimeout: 5, maxTimeout: 10 } as const;

const indexes = new Map<string, Promise<CorpusIndex>>();

/**
 * Starts the real app as `main.ts` does (same factory, same config loader) on 127.0.0.1 port 0
 * for HTTP, or connected to a fake Socket Mode server, with the Web API pointed at a fake. With
 * `bot`, the whole bot is started through `startVerbatim`, exactly as `main.ts` starts it (corpus
 * watcher and digest scheduler too), on the test's manual clock.
 * Call `stop()` in teardown: it stops the app and closes every server it started.
 */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const dir = options.corpusDir ?? SLACK_CORPUS_DIR;
  const fake = options.fake ?? (await startFakeSlackApi());
  const socket: FakeSlackSocket | null = options.transport === 'socket-mode' ? await startFakeSlackSocket() : null;
  if (socket !== null) fake.setSocketUrl(socket.url);
  const config = loadConfig({
    SLACK_BOT_TOKEN: TEST_SECRETS.botToken,
    SLACK_SIGNING_SECRET: TEST_SECRETS.signingSecret,
    SLACK_APP_TOKEN: socket === null ? '' : TEST_SECRETS.appToken,
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'warn',
    ...(options.bot === undefined ? {} : { CORPUS_DIR: dir, PORT: '0', HOST: '127.0.0.1', ...options.bot.env }),
  });
  const logs: LogRecord[] = [];
  const logger = { write: (record: LogRecord) => logs.push(record) };
  let started: {
    readonly port: number | null;
    readonly getManifest: () => CorpusManifest;
    readonly stop: () => Promise<void>;
  };
  let readIndex: () => Promise<CorpusIndex>;
  let running: RunningVerbatim | null = null;
  if (options.bot === undefined) {
    if (!indexes.has(dir))
      indexes.set(
        dir,
        loadCorpus(dir).then(({ reports }) => buildCorpusIndex(reports)),
      );
    const index = await (indexes.get(dir) as Promise<CorpusIndex>);
    const workerOptions = options.answerWorker;
    const pool =
      workerOptions === undefined
        ? null
        : createAnswerPool(toAnswerIndexSource(index), {
            logger,
            ...(workerOptions.answerModule === undefined ? {} : { answerModule: workerOptions.answerModule }),
          });
    const inProcess = serveIndexInProcess(() => index, options.answer === undefined ? {} : { answer: options.answer });
    const slack = createSlackApp({
      config,
      corpus: pool === null ? inProcess : { ...inProcess, answerPage: pool.answerPage, askCorpus: pool.askCorpus },
      logger,
      retryConfig: TEST_RETRY_CONFIG,
      ...(options.ackDeadlineMs === undefined ? {} : { ackDeadlineMs: options.ackDeadlineMs }),
      ...(options.previewDigest === undefined ? {} : { previewDigest: options.previewDigest }),
      ...(options.webApiTimeoutMs === undefined ? {} : { webApiTimeoutMs: options.webApiTimeoutMs }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
    const { port } = await slack.start(0, '127.0.0.1');
    readIndex = async () => index;
    started = {
      port,
      getManifest: inProcess.getManifest,
      stop: async () => {
        await slack.stop();
        await pool?.close();
      },
    };
  } else {
    const { clock, watchDebounceMs, watchCheckMs, digestTimeoutMs, digestOwner, inPlaceMaxCorpusReports } = options.bot;
    running = await startVerbatim(config, {
      logger,
      now: clock.now,
      sleep: clock.sleep,
      digestTimer: clock.timer,
      retryConfig: TEST_RETRY_CONFIG,
      ...(watchDebounceMs === undefined ? {} : { watchDebounceMs }),
      ...(watchCheckMs === undefined ? {} : { watchCheckMs }),
      ...(digestTimeoutMs === undefined ? {} : { digestTimeoutMs }),
      ...(digestOwner === undefined ? {} : { digestOwner }),
      ...(inPlaceMaxCorpusReports === undefined ? {} : { inPlaceMaxCorpusReports }),
    });
    started = running;
    readIndex = buildIndexReader(dir, running.getManifest);
  }
  const { port } = started;
  const index = await readIndex();
  const eventsUrl = port === null ? null : `http://127.0.0.1:${port}/slack/events`;
  let next = 0;
  const deliver = async (kind: 'command' | 'event' | 'interaction', body: unknown, retryNum?: number): Promise<Ack> => {
    if (socket !== null) {
      const type = kind === 'command' ? 'slash_commands' : kind === 'event' ? 'events_api' : 'interactive';
      return {
        status: 200,
        body: await socket.send(type, body, retryNum === undefined ? {} : { retryAttempt: retryNum }),
      };
    }
    const url = eventsUrl ?? '';
    const secret = TEST_SECRETS.signingSecret;
    const response =
      kind === 'command'
        ? await postSlashCommand(url, secret, body as Record<string, string>)
        : kind === 'event'
          ? await postEvent(url, secret, body, retryNum === undefined ? {} : { retryNum })
          : await postInteraction(url, secret, body);
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : JSON.parse(text) };
  };
  return {
    transport: options.transport,
    fake,
    index,
    getManifest: started.getManifest,
    readIndex,
    running,
    logs,
    eventsUrl: options.transport === 'http' ? eventsUrl : null,
    port,
    command: (command, text, responseId) => {
      next += 1;
      return deliver(
        'command',
        buildCommandFields(command, text, fake.responseUrl(responseId ?? `command-${next}`), next),
      );
    },
    event: (event, eventOptions = {}) => {
      next += 1;
      return deliver('event', buildEventEnvelope(event, eventOptions.eventId ?? `Ev${next}`), eventOptions.retryNum);
    },
    interaction: (payload) => deliver('interaction', payload),
    waitForLog: (predicate) =>
      vi.waitFor(
        () => {
          const record = logs.find(predicate);
          if (record === undefined) throw new Error('Waiting for a log line');
          return record;
        },
        { timeout: 10_000, interval: 5 },
      ),
    stop: async () => {
      await started.stop();
      await socket?.close();
      // A fake passed in belongs to the test, which closes it once after its restarts.
      if (options.fake === undefined) await fake.close();
    },
  };
}

/**
 * The index a started bot's answer worker holds, built here from the corpus folder as the corpus
 * worker builds it (its settings included), once per manifest fingerprint; flagged stale as the
 * manifest is. While the folder is gone, the last index built is returned (the bot answers from it).
 *
 * @throws {Error} when the folder's reports do not give the manifest's fingerprint (the bot has not taken them in yet).
 */
function buildIndexReader(dir: string, getManifest: () => CorpusManifest): () => Promise<CorpusIndex> {
  let last: CorpusIndex | null = null;
  return async () => {
    const manifest = getManifest();
    if (last?.fingerprint !== manifest.fingerprint) {
      const [{ reports }, { settings }] = await Promise.all([loadCorpus(dir), loadCorpusSettings(dir)]);
      const built = buildCorpusIndex(reports, { settings });
      if (built.fingerprint !== manifest.fingerprint) {
        throw new Error(`The corpus folder holds other reports than the bot serves (${built.reports.length} here)`);
      }
      last = built;
    }
    return manifest.stale === undefined ? last : { ...last, stale: manifest.stale };
  };
}

/** The fields of a slash command as Slack sends them. */
export function buildCommandFields(
  command: string,
  text: string,
  responseUrl: string,
  n: number,
): Record<string, string> {
  return {
    token: 'verification-token-unused',
    team_id: FAKE_BOT.teamId,
    team_domain: 'verbatim-test',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0VERBATIM',
    response_url: responseUrl,
    trigger_id: `trigger-${n}`,
  };
}

/** An Events API envelope around an event. */
export function buildEventEnvelope(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'verification-token-unused',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0VERBATIM',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [
      { team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false },
    ],
  };
}
