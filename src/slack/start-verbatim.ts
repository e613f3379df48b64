import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { webApi } from '@slack/bolt';
import type { BuildDigestOptions } from '../answer/build-digest.js';
import type { Config } from '../config/config.js';
import type { Report } from '../corpus/report.js';
import { watchCorpus } from '../corpus/watch-corpus.js';
import type { CorpusStaleness } from '../index/corpus-index.js';
import { applyManifestDelta, type CorpusManifest, toReportMetadata } from '../index/corpus-manifest.js';
import type { CorpusWorkerCache, StoredBuild } from '../index/corpus-worker.js';
import { type CorpusWorker, createCorpusWorker } from '../index/create-corpus-worker.js';
import { diffCorpus } from '../index/diff-corpus.js';
import type { CorpusCacheLocation } from '../index/load-or-build-corpus-index.js';
import type { PackedCorpusIndex } from '../index/pack-corpus-index.js';
import type { CorpusCacheEntry } from '../index/serialize-corpus-index.js';
import { locateCorpusStore } from '../index/store/corpus-store-files.js';
import { loadStoredCorpusManifest } from '../index/store/load-stored-corpus-manifest.js';
import { createCitationLinker, NO_LINKS } from '../reader/create-citation-linker.js';
import { createWebRoutes, type WebRoute } from '../web/create-web-routes.js';
import { type RunningWebServer, startWebServer } from '../web/start-web-server.js';
import type { PreviewDigest } from './answer-slack-question.js';
import { buildDigestPreviewAnswer } from './build-digest-preview-answer.js';
import { type AnswerIndexSource, createAnswerPool } from './create-answer-pool.js';
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
  /**
   * The largest corpus (in reports) whose deltas the answer workers apply in place; a bigger
   * corpus's are handed over from the store instead. `IN_PLACE_MAX_CORPUS_REPORTS` by default.
   */
  readonly inPlaceMaxCorpusReports?: number;
  /** Retries of the interactive Web API client (tests make them fast). */
  readonly retryConfig?: webApi.RetryOptions;
  /** How long a digest call waits for Slack; 10 s by default (tests make it short). */
  readonly digestTimeoutMs?: number;
  /** Who holds a channel's digest lease; the host and process id by default. */
  readonly digestOwner?: string;
};

/**
 * The most reports a delta may add, change or remove to be applied in place; a bigger one is built
 * whole in the corpus worker, as before, so answers never wait behind a long apply (docs/design.md).
 */
const IN_PLACE_MAX_REPORTS = 50;
/**
 * The largest corpus whose deltas the answer workers apply in place. Applying a delta rebuilds what
 * is derived from the whole corpus (speakers, quote catalog, look-ups), so it holds a worker about
 * 0.7 ms per report of the corpus (26 s at 37,054 reports, docs/benchmarks.md); above this, a delta
 * written into the store is handed over instead (`AnswerPool.setIndex`: new workers read the store
 * while the old ones keep answering), which takes as long but delays no answer.
 */
export const IN_PLACE_MAX_CORPUS_REPORTS = 1_000;

/** The running bot. */
export type RunningVerbatim = {
  readonly transport: 'socket-mode' | 'http';
  /** The bound HTTP port (Slack's events and the reader; in Socket Mode the reader's), or null in Socket Mode without the reader. */
  readonly port: number | null;
  /**
   * The manifest of the index answers come from now (the watcher updates it when the corpus folder
   * changes). The main thread holds no index: the answer workers do.
   */
  readonly getManifest: () => CorpusManifest;
  /**
   * Stops the digest scheduler (letting a delivery under way finish), then the watcher (letting an
   * update under way, and its cache save, finish), then its corpus worker, then the Slack app, then
   * the answer workers.
   */
  readonly stop: () => Promise<void>;
};

/**
 * Starts the whole bot, as `npm start` runs it and as the end-to-end tests start it, with no corpus
 * index on this thread (docs/store.md, "How the bot uses it"): reads the corpus manifest from the
 * SQLite store in `CACHE_DIR` when it matches the corpus files (a warm start reads no report text),
 * or has the corpus worker build the index and write the store; starts the answer worker, which
 * reads the index from the store (or is sent the corpus worker's pack when the store cannot be
 * written), and waits until it holds it (`createAnswerPool`); watches the corpus folder (an update
 * is prepared or built in the corpus worker, applied in the answer workers, and the manifest here
 * follows); starts the Slack app (which checks the token) with `/verbatim digest` wired to the
 * digest preview; and, when `DIGEST_CHANNELS` is set, starts the digest scheduler, which posts a
 * digest missed earlier today at once. Reader pages, the App Home summary, the citation menu and the
 * digest's content are computed in the answer worker (`AnswerPool.askCorpus`).
 *
 * @throws {CorpusDirError} when the corpus folder cannot be read; any error of the Slack start
 * (a refused token), after closing the watcher.
 */
export async function startVerbatim(config: Config, options: StartVerbatimOptions): Promise<RunningVerbatim> {
  const { logger } = options;
  const now = options.now ?? (() => Date.now());
  const dir = resolve(config.corpus.dir);
  const location = { cacheDir: config.corpus.cacheDir, corpusDir: dir };
  // Rule: the reads, parses, builds, caches and packs run in worker threads; this thread keeps the manifest only.
  // The corpus worker is started at once for a cold start's build, else once the answer worker is ready.
  const corpusSide: { worker: CorpusWorker | null } = { worker: null };
  const startCorpusWorker = (): CorpusWorker => {
    corpusSide.worker ??= createCorpusWorker();
    return corpusSide.worker;
  };
  const starting = startCorpus(dir, location, startCorpusWorker, logger);
  // Questions, and every read of the corpus's text, are answered in a worker thread holding the index
  // (createAnswerPool); it starts now, loading its modules while the corpus is read or built.
  const pool = createAnswerPool(
    starting.then(({ source }) => source),
    { logger, reader: config.reader },
  );
  let first: StartedCorpus;
  try {
    first = await starting;
  } catch (error: unknown) {
    await pool.close();
    await corpusSide.worker?.close();
    throw error;
  }
  for (const warning of first.manifest.warnings) {
    logger.write({
      level: 'warn',
      msg: warning.skipped ? 'report skipped' : 'report loaded with a problem',
      ...warning,
    });
  }
  logger.write({
    level: 'info',
    msg: 'corpus index ready',
    source: first.from,
    reports: first.manifest.reports.length,
  });
  // `fresh` is the newest manifest (deltas are diffed against it); `answering` is the manifest of the
  // index the answer workers answer from (behind `fresh` while a new index is handed over, see
  // createAnswerPool's setIndex); `manifest` is what is served: `answering`, flagged stale while the folder is gone.
  let fresh = first.manifest;
  let answering = fresh;
  let stale: CorpusStaleness | null = null;
  let manifest = fresh;
  const serve = () => {
    manifest = stale === null ? answering : { ...answering, stale };
  };
  const getManifest = () => manifest;
  try {
    await pool.ready;
  } catch (error: unknown) {
    await pool.close();
    await corpusSide.worker?.close();
    throw error;
  }
  const corpusWorker = startCorpusWorker();
  const corpusLogger = createLineLogger(logger, 'corpus');
  // The watcher builds from the reports its load returned; this finds the cache entry of that load again.
  const entries = new WeakMap<readonly Report[], CorpusCacheEntry>();
  // The index source of each manifest built whole (a store path, or the pack when it could not be saved).
  const sources = new WeakMap<CorpusManifest, AnswerIndexSource>();
  // The settings of the last load: the watcher builds right after it loads.
  let settings = first.manifest.settings;
  // Rule (docs/design.md, "Updating the index in place"): with the same settings and at most
  // IN_PLACE_MAX_REPORTS reports touched, an update is a delta prepared in the corpus worker and
  // applied in each answer worker; the manifest here follows it (id, file and hash are all the diff
  // reads). The store is then written by the corpus worker, and the next update waits for that
  // save. A bigger update, or new settings, is built whole in the corpus worker.
  const deltas = new WeakSet<CorpusManifest>();
  let saving: Promise<void> = Promise.resolve();
  // The store's path is the folder's (docs/store.md): deltas and whole rebuilds write the same file.
  let storePath = first.manifest.store;
  const watcher = watchCorpus(dir, {
    buildIndex: async (reports) => {
      const entry = entries.get(reports);
      const cache: CorpusWorkerCache | null = entry === undefined ? null : { entry, location, isStore: true };
      const delta = diffCorpus(fresh.reports, reports);
      const sameSettings = JSON.stringify(settings) === JSON.stringify(fresh.settings);
      if (sameSettings && delta.upserted.length + delta.removedIds.length <= IN_PLACE_MAX_REPORTS) {
        // Rule: the corpus worker writes the delta into the store in place as it prepares it (docs/store.md).
        const store = storePath === undefined || entry === undefined ? {} : { store: { path: storePath, entry } };
        const { prepared, storeError } = await corpusWorker.run({ kind: 'prepare', delta, settings, ...store });
        await saving;
        if (
          storeError === null &&
          'store' in store &&
          fresh.reports.length > (options.inPlaceMaxCorpusReports ?? IN_PLACE_MAX_CORPUS_REPORTS)
        ) {
          // Rule: in a big corpus the store that holds the delta is handed over (onUpdate), so no answer waits for it.
          const next = applyManifestDelta(fresh, delta);
          sources.set(next, { kind: 'store', path: store.store.path, settings });
          return next;
        }
        pool.applyDelta(prepared);
        fresh = applyManifestDelta(fresh, delta);
        answering = fresh;
        serve();
        if (storeError === null && 'store' in store) {
          // The store holds this delta now: a restarted answer worker reads it there.
          pool.setRestartSource({ kind: 'store', path: store.store.path, settings });
        } else if (cache !== null) {
          // Rule: a store the delta could not be written to is written whole off the event loop instead:
          // the corpus worker builds the same index (tests/unit/index/apply-corpus-delta.test.ts) and saves
          // it, so a restart is warm and a restarted answer worker reads it; its copy is dropped.
          if (storeError !== null) corpusLogger.warn(storeError);
          // The store written holds the index of this fingerprint; a restarted worker reads it while no later update came.
          const saved = fresh.fingerprint;
          const source = storeSource(location, settings);
          saving = corpusWorker
            .run({ kind: 'build', reports, settings, cache })
            .then(({ cacheError }) => {
              if (cacheError !== null) corpusLogger.warn(`Cannot save the corpus index cache: ${cacheError}`);
              else if (fresh.fingerprint === saved) pool.setRestartSource(source);
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
      await saving;
      // Rule: with the same settings, a bigger delta is written into the store in place by the corpus
      // worker (no report of the store is extracted again) and the answer workers read the index back
      // from it; a build is the fallback.
      const updated =
        sameSettings && storePath !== undefined && entry !== undefined
          ? await corpusWorker
              .run({ kind: 'update', delta, settings, store: { path: storePath, entry } })
              .catch((error: unknown) => {
                corpusLogger.warn(`${error instanceof Error ? error.message : String(error)}; building the index`);
                return null;
              })
          : null;
      const stored: StoredBuild =
        updated ??
        (cache === null
          ? toStoredBuild(await corpusWorker.run({ kind: 'build', reports, settings, cache }))
          : await corpusWorker.run({ kind: 'build-store', reports, settings, cache }));
      if (stored.cacheError !== null) corpusLogger.warn(`Cannot save the corpus index cache: ${stored.cacheError}`);
      const source = toSource(stored, location, cache, settings);
      const built = toManifest(stored, [], source, settings);
      sources.set(built, source);
      storePath = built.store ?? storePath;
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
    onUpdate: (next, loaded) => {
      const updated = { ...next, warnings: loaded.warnings };
      fresh = updated;
      const source = sources.get(next);
      // A delta is already in the answer workers (pool.applyDelta); a new index is served once a worker has read it.
      if (deltas.has(next) || source === undefined) {
        answering = updated;
        serve();
        return;
      }
      void pool.setIndex(source).then(() => {
        if (fresh !== updated) return;
        answering = updated;
        serve();
      });
    },
    onStatus: (status) => {
      stale = status.state === 'stale' ? { reason: status.reason } : null;
      serve();
      pool.setStale(stale);
    },
    logger: corpusLogger,
    initial: { reports: first.manifest.reports, warnings: first.manifest.warnings },
    ...(options.watchDebounceMs === undefined ? {} : { debounceMs: options.watchDebounceMs }),
    ...(options.watchCheckMs === undefined ? {} : { checkMs: options.watchCheckMs }),
  });
  const digestLogger = createLineLogger(logger, 'digest');
  const { channelIds, stateDir, timeZone, time, onEmptyDay } = config.digest;
  const isDigestOn = channelIds.length > 0;
  // Citations are linked here from the manifest (a report's id and URL by its file), as the workers link answers.
  const linkCitations = config.reader === null ? NO_LINKS : createCitationLinker(config.reader, getManifest);
  const makeDigest = (digestOptions: BuildDigestOptions) => pool.askCorpus({ kind: 'digest', options: digestOptions });
  const onError = (error: unknown, path: string) =>
    logger.write({ level: 'error', msg: 'page failed', path, error: String(error) });
  const webRoutes: readonly WebRoute[] =
    config.reader === null
      ? []
      : createWebRoutes({
          readPage: (url) => pool.askCorpus({ kind: 'read-page', url: `${url.pathname}${url.search}`, now: now() }),
          playground: null,
          onError,
        });
  const preview: PreviewDigest = async ({ channelId }) =>
    buildDigestPreviewAnswer(
      await previewDigest(channelId, {
        stateDir,
        timeZone,
        channelIds,
        makeDigest,
        clock: now,
        logger: digestLogger,
        linkCitations,
      }),
    );
  const slack = createSlackApp({
    config,
    corpus: { getManifest, answerPage: pool.answerPage, askCorpus: pool.askCorpus },
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
      makeDigest,
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
    getManifest,
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

/** The corpus the bot starts from: its manifest, where the answer workers read its index, and whether it was read or built. */
type StartedCorpus = {
  readonly manifest: CorpusManifest;
  readonly source: AnswerIndexSource;
  readonly from: 'cache' | 'built';
};

/**
 * A warm start reads the manifest from the store (`loadStoredCorpusManifest`); a cold one (no store
 * for these files, or one that cannot be read) has the corpus worker read, parse, build and write
 * the store, and keeps only the manifest of what it built. When the store cannot be written, the
 * corpus worker's pack goes on to the answer worker as is.
 */
async function startCorpus(
  dir: string,
  location: CorpusCacheLocation,
  startCorpusWorker: () => CorpusWorker,
  logger: JsonLogger,
): Promise<StartedCorpus> {
  const stored = await loadStoredCorpusManifest(dir, location);
  if (stored.isStored) {
    const { manifest } = stored;
    const source = { kind: 'store' as const, path: manifest.store ?? '', settings: manifest.settings };
    return { manifest, source, from: 'cache' };
  }
  const rebuilt = (reason: string, isUnreadable: boolean) =>
    logger.write({ level: isUnreadable ? 'warn' : 'info', msg: 'corpus store rebuilt', reason });
  rebuilt(stored.rebuild.reason, stored.rebuild.isUnreadable);
  const corpusWorker = startCorpusWorker();
  // A store of other files (the folder changed while the bot was stopped) seeds the parser: only changed files are parsed.
  const place = locateCorpusStore(location);
  const seed = place.exists() ? { seed: place.path } : {};
  const { loaded, entry, settings } = await corpusWorker.run({ kind: 'load', dir, ...seed });
  const cache = { entry, location, isStore: true };
  // Rule: the corpus worker posts back only the reports' metadata, and the pack only when the store cannot be written.
  const built = await corpusWorker.run({ kind: 'build-store', reports: loaded.reports, settings, cache });
  if (built.cacheError !== null) {
    const path = locateCorpusStore(location).path;
    rebuilt(`Cannot write the corpus store ${path}: ${built.cacheError}; answering from memory`, true);
  }
  const source = toSource(built, location, cache, settings);
  return { manifest: toManifest(built, loaded.warnings, source, settings), source, from: 'built' };
}

/** A build without a store (the pack to answer from), as a `build-store` result. */
function toStoredBuild({ packed }: { readonly packed: PackedCorpusIndex }): StoredBuild {
  return { fingerprint: packed.fingerprint, reports: packed.reports.map(toReportMetadata), packed, cacheError: null };
}

/** Where the answer workers read an index the corpus worker built: its store, or the pack when it was not saved. */
function toSource(
  stored: StoredBuild,
  location: CorpusCacheLocation,
  cache: CorpusWorkerCache | null,
  settings: CorpusManifest['settings'],
): AnswerIndexSource {
  if (stored.packed !== null) return { kind: 'index', packed: stored.packed };
  if (cache === null) throw new Error('Cannot serve the corpus index: it was neither saved nor packed');
  return storeSource(location, settings);
}

/** Where the answer workers read an index the corpus worker saved to the folder's store. */
function storeSource(location: CorpusCacheLocation, settings: CorpusManifest['settings']): AnswerIndexSource {
  return { kind: 'store', path: locateCorpusStore(location).path, settings };
}

/** The manifest of an index the corpus worker built with `settings` (its reports in index order), naming its store when it has one. */
function toManifest(
  packed: Pick<StoredBuild, 'fingerprint' | 'reports'>,
  warnings: CorpusManifest['warnings'],
  source: AnswerIndexSource,
  settings: CorpusManifest['settings'],
): CorpusManifest {
  return {
    fingerprint: packed.fingerprint,
    settings,
    reports: packed.reports,
    warnings,
    ...(source.kind === 'store' ? { store: source.path } : {}),
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
