import { type FSWatcher, watch } from 'node:fs';
import { type LoadedCorpus, loadCorpus } from './load-corpus.js';
import type { Report } from './report.js';

/** A logger with string messages; Bolt's logger and `console` both satisfy it. */
export type WatchLogger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

export type WatchCorpusOptions<TIndex> = {
  /** Builds the index of a new set of reports (main.ts passes `buildCorpusIndex`). */
  readonly buildIndex: (reports: readonly Report[]) => TIndex;
  /** Receives each new index once it is complete; the caller swaps its reference to it. */
  readonly onUpdate: (index: TIndex, loaded: LoadedCorpus) => void;
  readonly logger: WatchLogger;
  /** Quiet time after the last file event before reloading; 300 ms by default. */
  readonly debounceMs?: number;
  /** The load done at start, so an event that changes nothing swaps nothing and old warnings are not repeated. */
  readonly initial?: LoadedCorpus;
  /** Reads the folder; `loadCorpus` by default. */
  readonly load?: (dir: string) => Promise<LoadedCorpus>;
};

/** A running watch. */
export type CorpusWatcher = {
  /** Stops watching and resolves once an update under way has finished (its index is still delivered). */
  close(): Promise<void>;
};

/**
 * Watches a corpus folder, recursively, and rebuilds the index when a report is added, changed or
 * removed. File events are debounced, so copying many files in is one update. Each update re-reads
 * the whole folder with `loadCorpus` and builds the new index before handing it to `onUpdate`, so
 * questions asked meanwhile are answered from the previous index. A bad file is skipped with one
 * log line naming it and the reason (once per file and reason), and the rest of the update lands.
 * An update that finds the same files with the same hashes changes nothing.
 *
 * @throws {Error} from `fs.watch` when the folder cannot be watched (it does not exist).
 * @example
 * let index = buildCorpusIndex(loaded.reports);
 * const watcher = watchCorpus(dir, { buildIndex: buildCorpusIndex, onUpdate: (next) => { index = next; }, logger, initial: loaded });
 */
export function watchCorpus<TIndex>(dir: string, options: WatchCorpusOptions<TIndex>): CorpusWatcher {
  const load = options.load ?? ((folder: string) => loadCorpus(folder));
  const debounceMs = options.debounceMs ?? 300;
  let fingerprint = options.initial ? fingerprintOf(options.initial.reports) : null;
  let logged = new Set((options.initial?.warnings ?? []).map(warningKey));
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let updating: Promise<void> | null = null;
  let isPending = false;
  let isClosed = false;

  async function update(): Promise<void> {
    let loaded: LoadedCorpus;
    try {
      loaded = await load(dir);
    } catch (error: unknown) {
      const detail = error instanceof Error ? error.message : String(error);
      options.logger.error(`Cannot update the corpus: ${detail}; answering from the previous reports`);
      return;
    }
    for (const warning of loaded.warnings.filter((w) => !logged.has(warningKey(w)))) {
      const verb = warning.skipped ? 'Skipped report' : 'Loaded report with a problem';
      options.logger.warn(`${verb} "${warning.file}": ${warning.reason}`);
    }
    logged = new Set(loaded.warnings.map(warningKey));
    const next = fingerprintOf(loaded.reports);
    if (next === fingerprint) return;
    const index = options.buildIndex(loaded.reports);
    fingerprint = next;
    options.onUpdate(index, loaded);
    options.logger.info(`Updated the corpus from "${dir}": ${loaded.reports.length} reports`);
  }

  function startUpdate(): void {
    debounce = null;
    if (updating !== null) {
      // Rule: events during an update run one more update afterwards, so the last change always lands.
      isPending = true;
      return;
    }
    updating = update()
      .catch((error: unknown) => {
        options.logger.error(
          `Cannot rebuild the corpus index: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        updating = null;
        if (isPending && !isClosed) {
          isPending = false;
          startUpdate();
        }
      });
  }

  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    if (isClosed) return;
    if (debounce !== null) clearTimeout(debounce);
    debounce = setTimeout(startUpdate, debounceMs);
  });
  watcher.on('error', (error: Error) => {
    options.logger.error(`Cannot watch the corpus folder "${dir}": ${error.message}`);
  });

  return {
    async close() {
      isClosed = true;
      watcher.close();
      if (debounce !== null) clearTimeout(debounce);
      await updating;
    },
  };
}

/** The set of files and their content hashes, in a stable order. */
function fingerprintOf(reports: readonly Report[]): string {
  return reports
    .map((report) => `${report.file}\u0000${report.hash}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join('\n');
}

function warningKey(warning: LoadedCorpus['warnings'][number]): string {
  return `${warning.file}\u0000${warning.reason}`;
}
