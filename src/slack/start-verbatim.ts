import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { webApi } from '@slack/bolt';
import type { Config } from '../config/config.js';
import type { Report } from '../corpus/report.js';
import { watchCorpus } from '../corpus/watch-corpus.js';
import { applyCorpusDelta } from '../index/apply-corpus-delta.js';
import type { CorpusIndex, CorpusStaleness } from '../index/corpus-index.js';
import { createCorpusWorker } from '../index/create-corpus-worker.js';
import { diffCorpus } from '../index/diff-corpus.js';
import { type PackedCorpusIndex, unpackCorpusIndex } from '../index/pack-corpus-index.js';
import type { CorpusCacheEntry } from '../index/serialize-corpus-index.js';
import { sliceCorpusDelta } from '../index/slice-corpus-delta.js';
import { loadOrBuildStoredCorpusIndex } from '../index/store/load-or-build-stored-corpus-index.js';
import { createCitationLinker, NO_LINKS } from '../reader/create-citation-linker.js';
import { createWebRoutes, type WebRoute } from '../web/create-web-routes.js';
import { type RunningWebServer, startWebServer } from '../web/start-web-server.js';
import type { PreviewDigest } from './answer-slack-question.js';
import { buildDigestPreviewAnswer } from './build-digest-preview-answer.js';
import { createAnswerPool } from './create-answer-pool.js';
import { createSlackApp } from './create-slack-app.js';
import { createDigestPoster } from './digest/create-digest-poster.js';
import { deliverDigest } from './digest/deliver-digest.js';
import { createDigestScheduler, type DigestScheduler, type DigestTimer } from './digest/digest-scheduler.js';
import type { DigestLogger } from './digest/post-digest.js';
import { previewDigest } from './digest/preview-digest.js';
import { createBoltLogger, type JsonLogger } from './json-logger.js';

/** What the running bot is started with besides its config. Production passes only `logger`. */
export type StartVerbatimOptions = {
  readonly logger: JsonLogger;
  /** Epoch milliseconds: the day and time the digest goes by. `Date.now()` by default. */
  readonly now?: () => number;
  /** The wait between digest post attempts (Retry-After, backoff). A real timer by default. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The digest scheduler's timer; the global `setTimeout` by default. */
  readonly digestTimer?: DigestTimer;
  /** Quiet time after the last file event before the corpus is re-read; 300 ms by default. */
  readonly watchDebounceMs?: number;
  /** How often the watcher checks that the corpus folder itself is still there; 1,000 ms by default. */
  readonly watchCheckMs?: number;
  /** Retries of the interactive Web API client (tests make them fast). */
  readonly retryConfig?: webApi.RetryOptions;
  /** How long a digest call waits for Slack; 10 s by default (tests make it short). */
  readonly digestTimeoutMs?: number;
  /** Who holds a channel's digest lease; the host and process id by default. */
  readonly digestOwner?: string;
};

/** The fewest reports per slice of a corpus delta applied on the event loop (a tenth of the corpus when more). */
const DELTA_SLICE_REPORTS = 100;
/**
 * The most reports a delta may add, change or remove to be applied in place; a bigger one is built
 * whole in the corpus worker, as before, so answers never wait behind its slices (docs/design.md).
 */
const IN_PLACE_MAX_REPORTS = 50;
/** The shortest pause between two slices of a delta. */
const MIN_SLICE_PAUSE_MS = 10;

/** The running bot. */
export type RunningVerbatim = {
  readonly transport: 'socket-mode' | 'http';
  /** The bound HTTP port (Slack's events and the reader; in Socket Mode the reader's), or null in Socket Mode without the reader. */
  readonly port: number | null;
  /** The index answers come from now (the watcher swaps it when the corpus folder changes). */
  readonly getIndex: () => CorpusIndex;
  /**
   * Stops the digest scheduler (letting a delivery under way finish), then the watcher (letting an
   * update under way, and its cache save, finish), then its corpus worker, then the Slack app, then
   * the answer workers.
   */
  readonly stop: () => Promise<void>;
};

/**
 * Starts the whole bot, as `npm start` runs it and as the end-to-end tests start it: loads the
 * corpus index from the cache in `CACHE_DIR` when it matches the corpus files (a warm start parses
 * nothing), or builds and caches it; watches the corpus folder (a new index is swapped in when it
 * is read, built and cached in a corpus worker thread, then swapped in); starts the answer worker and waits until it holds the
 * index (`createAnswerPool`); starts the Slack app (which checks the token) with
 * `/verbatim digest` wired to the digest preview; and, when `DIGEST_CHANNELS` is set, starts the
 * digest scheduler, which posts a digest missed earlier today at once.
 *
 * @throws {CorpusDirError} when the corpus folder cannot be read; any error of the Slack start
 * (a refused token), after closing the watcher.
 */
export async function startVerbatim(config: Config, options: StartVerbatimOptions): Promise<RunningVerbatim> {
  const { logger } = options;
  const now = options.now ?? (() => Date.now());
  const dir = resolve(config.corpus.dir);
  const location = { cacheDir: config.corpus.cacheDir, corpusDir: dir };
  // The index lives in a SQLite store the answer worker opens read-only (docs/store.md).
  const first = await loadOrBuildStoredCorpusIndex(dir, {
    ...location,
    onRebuild: ({ reason, isUnreadable }) =>
      logger.write({ level: isUnreadable ? 'warn' : 'info', msg: 'corpus store rebuilt', reason }),
  });
  for (const warning of first.warnings) {
    logger.write({
      level: 'warn',
      msg: warning.skipped ? 'report skipped' : 'report loaded with a problem',
      ...warning,
    });
  }
  logger.write({ level: 'info', msg: 'corpus index ready', source: first.source, reports: first.index.reports.length });
  // `fresh` is the newest index built; `index` is what is served: `fresh`, flagged stale while the folder is gone.
  let fresh = first.index;
  let stale: CorpusStaleness | null = null;
  let index = fresh;
  const serve = () => {
    index = stale === null ? fresh : { ...fresh, stale };
  };
  const getIndex = () => index;
  // Questions are answered in a worker thread holding its own copy of the index (see createAnswerPool).
  const pool = createAnswerPool(index, { logger, reader: config.reader });
  try {
    await pool.ready;
  } catch (error: unknown) {
    await pool.close();
    throw error;
  }
  const corpusLogger = createLineLogger(logger, 'corpus');
  // The watcher builds from the reports its load returned; this finds the cache entry of that load again.
  const entries = new WeakMap<readonly Report[], CorpusCacheEntry>();
  // Rule: the watcher reads, parses, builds, caches and packs in worker threads; the event loop only
  // unpacks (docs/design.md, "Taking in a corpus update off the event loop"). The pack goes on to the answer worker as is.
  const packs = new WeakMap<CorpusIndex, PackedCorpusIndex>();
  const corpusWorker = createCorpusWorker();
  // The settings of the last load: the watcher builds right after it loads.
  let settings = first.index.settings;
  // Rule (docs/design.md, "Updating the index in place"): with the same settings and at most
  // IN_PLACE_MAX_REPORTS reports touched, an update is a delta prepared in the corpus worker and
  // applied here and in each answer worker, slice by slice with the event loop free between slices;
  // the store is then written by the corpus worker, and the next update waits for that save. A
  // bigger update, or new settings, is built whole in the corpus worker.
  const deltas = new WeakSet<CorpusIndex>();
  let saving: Promise<void> = Promise.resolve();
  // The store's path is the folder's (docs/store.md): deltas and whole rebuilds write the same file.
  const storePath = first.index.store;
  const watcher = watchCorpus(dir, {
    buildIndex: async (reports) => {
      const entry = entries.get(reports);
      const cache = entry === undefined ? null : { entry, location, isStore: true };
      const delta = diffCorpus(fresh.reports, reports);
      if (
        JSON.stringify(settings) === JSON.stringify(fresh.settings) &&
        delta.upserted.length + delta.removedIds.length <= IN_PLACE_MAX_REPORTS
      ) {
        // Rule: the corpus worker writes the delta into the store in place as it prepares it (docs/store.md).
        const store = storePath === undefined || entry === undefined ? {} : { store: { path: storePath, entry } };
        const { prepared, storeError } = await corpusWorker.run({ kind: 'prepare', delta, settings, ...store });
        await saving;
        // Rule: a slice costs its reports' analysis plus a rebuild of what is derived from the whole
        // corpus (speakers, quote catalog, look-up maps), so slices grow with the corpus.
        const sliceSize = Math.max(DELTA_SLICE_REPORTS, Math.ceil(fresh.reports.length / 10));
        for (const slice of sliceCorpusDelta(prepared, sliceSize)) {
          const sliceStarted = performance.now();
          // Each slice is swapped in at once: applyCorpusDelta consumes the index it is given.
          fresh = applyCorpusDelta(fresh, slice);
          serve();
          pool.applyDelta(fresh, slice);
          // Rule: the loop is left free at least as long as the slice held it, so requests keep flowing (a
          // request takes several turns of the loop: receive, verify, answer, acknowledge).
          await delay(Math.max(MIN_SLICE_PAUSE_MS, performance.now() - sliceStarted));
        }
        // A store the delta could not be written to is written whole off the event loop instead, so a restart is warm.
        if (storeError !== null && cache !== null) {
          corpusLogger.warn(storeError);
          saving = corpusWorker
            .run({ kind: 'build', reports, settings, cache })
            .then(({ cacheError }) => {
              if (cacheError !== null) corpusLogger.warn(`Cannot save the corpus index cache: ${cacheError}`);
            })
            .catch((error: unknown) => {
              corpusLogger.warn(
                `Cannot save the corpus index cache: ${error instanceof Error ? error.message : String(error)}`,
              );
            });
        }
        deltas.add(fresh);
        return fresh;
      }
      // Rule: with the same settings, a bigger delta is written into the store and the index read
      // back from it in the corpus worker (no report of the store is extracted again); a build is the fallback.
      const sameSettings = JSON.stringify(settings) === JSON.stringify(fresh.settings);
      const updated =
        sameSettings && storePath !== undefined && entry !== undefined
          ? await corpusWorker
              .run({ kind: 'update', delta, settings, store: { path: storePath, entry } })
              .catch((error: unknown) => {
                corpusLogger.warn(`${error instanceof Error ? error.message : String(error)}; building the index`);
                return null;
              })
          : null;
      const { packed, cacheError } = updated ?? (await corpusWorker.run({ kind: 'build', reports, settings, cache }));
      if (cacheError !== null) corpusLogger.warn(`Cannot save the corpus index cache: ${cacheError}`);
      const built = unpackCorpusIndex(packed);
      packs.set(built, packed);
      return built;
    },
    load: async (folder) => {
      // The first load remembers the store's reports as parsed: only the files changed since are read (docs/store.md).
      const seed = storePath === undefined ? {} : { seed: storePath };
      const {
        loaded,
        entry,
        settings: loadedSettings,
      } = await corpusWorker.run({ kind: 'load', dir: folder, ...seed });
      settings = loadedSettings;
      entries.set(loaded.reports, entry);
      return loaded;
    },
    onUpdate: (next) => {
      fresh = next;
      serve();
      // An index updated in place is already in the answer workers (pool.applyDelta).
      if (!deltas.has(next)) pool.setIndex(next, packs.get(next));
    },
    onStatus: (status) => {
      stale = status.state === 'stale' ? { reason: status.reason } : null;
      serve();
      pool.setStale(stale);
    },
    logger: corpusLogger,
    initial: { reports: first.index.reports, warnings: first.warnings },
    ...(options.watchDebounceMs === undefined ? {} : { debounceMs: options.watchDebounceMs }),
    ...(options.watchCheckMs === undefined ? {} : { checkMs: options.watchCheckMs }),
  });
  const digestLogger = createLineLogger(logger, 'digest');
  const { channelIds, stateDir, timeZone, time, onEmptyDay } = config.digest;
  const isDigestOn = channelIds.length > 0;
  const linkCitations = config.reader === null ? NO_LINKS : createCitationLinker(config.reader, getIndex);
  const onError = (error: unknown, path: string) =>
    logger.write({ level: 'error', msg: 'page failed', path, error: String(error) });
  const webRoutes: readonly WebRoute[] =
    config.reader === null
      ? []
      : createWebRoutes({ getIndex, secret: config.reader.secret, now, playground: null, onError });
  const preview: PreviewDigest = async ({ channelId }) =>
    buildDigestPreviewAnswer(
      await previewDigest(channelId, {
        stateDir,
        timeZone,
        channelIds,
        getIndex,
        clock: now,
        logger: digestLogger,
        linkCitations,
      }),
    );
  const slack = createSlackApp({
    config,
    getIndex,
    answerPage: pool.answerPage,
    logger,
    previewDigest: isDigestOn ? preview : null,
    linkCitations,
    webRoutes,
    ...(options.retryConfig === undefined ? {} : { retryConfig: options.retryConfig }),
  });
  let started: { readonly port: number | null };
  // Socket Mode has no HTTP server of Bolt's own to add routes to; the reader gets one (docs/reader.md).
  let webServer: RunningWebServer | null = null;
  // A start that fails part way closes what it started, so no worker thread keeps the process alive.
  const closeCorpusSide = async () => {
    await watcher.close();
    await saving;
    await corpusWorker.close();
    await pool.close();
  };
  try {
    started = await slack.start(config.server.port, config.server.host);
  } catch (error: unknown) {
    await closeCorpusSide();
    throw error;
  }
  if (slack.transport === 'socket-mode' && webRoutes.length > 0) {
    try {
      webServer = await startWebServer(webRoutes, config.server);
    } catch (error: unknown) {
      await slack.stop();
      await closeCorpusSide();
      throw error;
    }
  }
  let scheduler: DigestScheduler | null = null;
  if (isDigestOn) {
    const poster = createDigestPoster(config.slack.botToken, {
      apiUrl: config.slack.apiUrl,
      logger: createBoltLogger(logger, config.log.level),
      ...(options.digestTimeoutMs === undefined ? {} : { timeoutMs: options.digestTimeoutMs }),
    });
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
    const owner = options.digestOwner ?? `verbatim on ${hostname()} pid ${process.pid}`;
    const deps = {
      stateDir,
      timeZone,
      onEmptyDay,
      getIndex,
      poster,
      clock: now,
      sleep,
      logger: digestLogger,
      linkCitations,
      owner,
    };
    scheduler = createDigestScheduler({
      schedule: { time, timeZone },
      channels: channelIds,
      clock: now,
      logger: digestLogger,
      deliver: (channel) => deliverDigest(channel, deps),
      ...(options.digestTimer === undefined ? {} : { timer: options.digestTimer }),
    });
    scheduler.start();
  }
  return {
    transport: slack.transport,
    port: webServer?.port ?? started.port,
    getIndex,
    async stop() {
      await scheduler?.stop();
      await watcher.close();
      await saving;
      await corpusWorker.close();
      await slack.stop();
      await pool.close();
      await webServer?.close();
    },
  };
}

/** The digest and the watcher log sentences; each becomes one JSON line, tagged with where it came from. */
function createLineLogger(logger: JsonLogger, source: 'corpus' | 'digest'): DigestLogger {
  return {
    info: (message, fields) => logger.write({ level: 'info', msg: message, source, ...fields }),
    warn: (message, fields) => logger.write({ level: 'warn', msg: message, source, ...fields }),
    error: (message, fields) => logger.write({ level: 'error', msg: message, source, ...fields }),
  };
}
