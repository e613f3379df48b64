import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Config } from '../config/config.js';
import type { LinkCitations } from '../reader/create-citation-linker.js';
import type { WebRoute } from '../web/create-web-routes.js';
import type { PreviewDigest } from './answer-slack-question.js';
import { createHealthCheck } from './create-health-check.js';
import { createSafeRetryConfig } from './create-safe-retry-config.js';
import { createDeliveryDedupe, DEDUPE_CAPACITY } from './dedupe-deliveries.js';
import type { Clock } from './error-boundary.js';
import { guardHttpReceiver } from './guard-http-receiver.js';
import { buildIntakeDeps } from './intake/build-intake-deps.js';
import { createBoltLogger, type JsonLogger } from './json-logger.js';
import { registerListeners } from './register-listeners.js';
import type { SlackCorpus } from './serve-index-in-process.js';

/** What the Slack app is built from. Only `config`, `corpus` and `logger` are needed in production. */
export type CreateSlackAppOptions = {
  readonly config: Config;
  /**
   * The corpus manifest, and where pages and corpus queries are answered (the answer worker pool in
   * production, `serveIndexInProcess` in tests); read on every request, so the corpus can change while the app runs.
   */
  readonly corpus: SlackCorpus;
  readonly logger: JsonLogger;
  readonly clock?: Clock;
  /** `/verbatim digest`: the preview of the next digest, or null while no digest is configured. */
  readonly previewDigest?: PreviewDigest | null;
  /** How long a slash command waits for its answer before acknowledging empty; 2,000 ms by default. */
  readonly ackDeadlineMs?: number;
  /** Web API retries (waits after a 429, connections never made); tests make them fast. Only safe retries are made. */
  readonly retryConfig?: webApi.RetryOptions;
  /** Links citations in answers and the Home tab to the reader (`PUBLIC_URL`); unset, no links. */
  readonly linkCitations?: LinkCitations;
  /** Pages served by the HTTP receiver beside `/slack/events` (the reader); Socket Mode serves them apart. */
  readonly webRoutes?: readonly WebRoute[];
  /** How long one Web API call may take before it fails (and is not retried); 10,000 ms by default. */
  readonly webApiTimeoutMs?: number;
};

/** The app, its receiver, and how to start and stop it. */
export type SlackApp = {
  readonly app: App;
  readonly transport: 'socket-mode' | 'http';
  /** Checks the bot token (`auth.test`), then listens (HTTP) or connects (Socket Mode). Resolves with the bound HTTP port. */
  readonly start: (port: number, host: string | null) => Promise<{ readonly port: number | null }>;
  readonly stop: () => Promise<void>;
};

/** Where Slack posts commands, events and interactions on the HTTP transport. */
const EVENTS_PATH = '/slack/events';
/** Slack's window is 3 s; this leaves a second for the network. */
export const DEFAULT_ACK_DEADLINE_MS = 2000;
/** Interactive answers cannot wait half an hour: a few quick retries (of what is safe to retry), then the asker is told. */
export const DEFAULT_RETRY_CONFIG: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000 };
/** A second "Share in channel" click on the same answer by the same person within this time shares nothing. */
export const SHARE_DEDUPE_WINDOW_MS = 60_000;
/** A Web API call that takes longer fails; it is not retried, because Slack may still have acted on it. */
export const DEFAULT_WEB_API_TIMEOUT_MS = 10_000;

/**
 * Builds Verbatim's Bolt app without starting it: Socket Mode when an app-level token is
 * configured (no public URL needed), otherwise the HTTP receiver on `/slack/events` verifying the
 * signing secret behind a gate (`guardHttpReceiver`: Slack's five-minute window both ways, JSON
 * objects only). The Web API client (and Socket Mode's own client) use `SLACK_API_URL` when set.
 *
 * Bolt is built with `deferInitialization`, so the token check (`auth.test`) runs, awaited, in
 * `start()` and a bad token fails the start instead of firing unawaited from the constructor.
 * The same factory serves `main.ts` and the end-to-end tests.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { config, logger } = options;
  const boltLogger = createBoltLogger(logger, config.log.level);
  const health = createHealthCheck(options.corpus.getManifest);
  const clientOptions = {
    // Rule: a call that may have landed (a timeout, a dropped connection, a 5xx) is never retried.
    retryConfig: createSafeRetryConfig(options.retryConfig ?? DEFAULT_RETRY_CONFIG),
    timeout: options.webApiTimeoutMs ?? DEFAULT_WEB_API_TIMEOUT_MS,
    rejectRateLimitedCalls: false,
    ...(config.slack.apiUrl === null ? {} : { slackApiUrl: config.slack.apiUrl }),
  };
  const receiver =
    config.slack.appToken === null
      ? new HTTPReceiver({
          signingSecret: config.slack.signingSecret ?? '',
          endpoints: EVENTS_PATH,
          customRoutes: [health.route, ...(options.webRoutes ?? [])],
          logger: boltLogger,
        })
      : new SocketModeReceiver({
          appToken: config.slack.appToken,
          logger: boltLogger,
          // Socket Mode's own client (apps.connections.open) takes its Web API options from here.
          installerOptions: {
            clientOptions: config.slack.apiUrl === null ? {} : { slackApiUrl: config.slack.apiUrl },
          },
        });
  const clock = options.clock ?? { now: () => Date.now() };
  if (receiver instanceof HTTPReceiver) {
    guardHttpReceiver(receiver, {
      signingSecret: config.slack.signingSecret ?? '',
      clock,
      logger,
      eventsPath: EVENTS_PATH,
    });
  }
  const socketReceiver = receiver instanceof SocketModeReceiver ? receiver : null;
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: boltLogger,
    logLevel: boltLogger.getLevel(),
    clientOptions,
    deferInitialization: true,
    convoStore: false,
  });
  registerListeners(app, {
    getManifest: options.corpus.getManifest,
    askCorpus: options.corpus.askCorpus,
    answerPage: options.corpus.answerPage,
    previewDigest: options.previewDigest ?? null,
    ...(options.linkCitations === undefined ? {} : { linkCitations: options.linkCitations }),
    logger,
    clock,
    dedupe: createDeliveryDedupe(),
    shareDedupe: createDeliveryDedupe(DEDUPE_CAPACITY, { ms: SHARE_DEDUPE_WINDOW_MS, clock }),
    ackDeadlineMs: options.ackDeadlineMs ?? DEFAULT_ACK_DEADLINE_MS,
    intake: buildIntakeDeps(config),
  });
  return {
    app,
    transport: socketReceiver === null ? 'http' : 'socket-mode',
    async start(port, host) {
      await app.init();
      if (socketReceiver !== null) {
        await app.start();
        return { port: null };
      }
      const server = await app.start({ port, ...(host === null ? {} : { host }) });
      health.setReady(true);
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      health.setReady(false);
      if (socketReceiver !== null) await socketReceiver.client.disconnect();
      else await app.stop();
    },
  };
}
