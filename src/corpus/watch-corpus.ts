import { statSync } from 'node:fs';
import { type LoadedCorpus, loadCorpus } from './load-corpus.js';
import type { Report } from './report.js';
import { type FolderWatches, watchFolders } from './watch-folders.js';

/** A logger with string messages; Bolt's logger and `console` both satisfy it. */
export type WatchLogger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

/**
 * Whether the index follows the corpus folder (`live`) or is the last one built before the
 * folder went away (`stale`, with the reason in house message style, for `/sources`).
 */
export type CorpusStatus = { readonly state: 'live' } | { readonly state: 'stale'; readonly reason: string };

export type WatchCorpusOptions<TIndex> = {
  /** Builds the index of a new set of reports (`buildCorpusIndex`, or a build in a worker thread that resolves with it). */
  readonly buildIndex: (reports: readonly Report[]) => TIndex | Promise<TIndex>;
  /** Receives each new index once it is complete; the caller swaps its reference to it. */
  readonly onUpdate: (index: TIndex, loaded: LoadedCorpus) => void;
  /** Told when the folder goes missing (`stale`) and when it is back and re-read (`live`). */
  readonly onStatus?: (status: CorpusStatus) => void;
  readonly logger: WatchLogger;
  /** Quiet time after the last file event before reloading; 300 ms by default. */
  readonly debounceMs?: number;
  /** How often the folder itself is checked (deleted, replaced, back); 1,000 ms by default. */
  readonly checkMs?: number;
  /**
   * The load done at start, so an event that changes nothing swaps nothing and old warnings are not
   * repeated; only each report's file and hash are read (a corpus manifest's reports do).
   */
  readonly initial?: {
    readonly reports: readonly Pick<Report, 'file' | 'hash'>[];
    readonly warnings: LoadedCorpus['warnings'];
  };
  /** Reads the folder; `loadCorpus` by default. */
  readonly load?: (dir: string) => Promise<LoadedCorpus>;
};

/** A running watch. */
export type CorpusWatcher = {
  /** Stops watching and resolves once an update under way has finished (its index is still delivered). */
  close(): Promise<void>;
};

/**
 * Watches a corpus folder and its sub-folders (one non-recursive watch per folder, `watchFolders`)
 * and rebuilds the index when a report is added, changed or removed. File events are debounced,
 * so copying many files in is one update. Each update re-reads the whole folder with `loadCorpus`
 * and builds the new index before handing it to `onUpdate`, so questions asked meanwhile are
 * answered from the previous index. A bad file is skipped with one log line naming it and the
 * reason (once per file and reason), and the rest of the update lands. An update that finds the
 * same files with the same hashes changes nothing.
 *
 * The folder itself is checked on every event and every `checkMs`:
 * - deleted or moved away (or no longer a folder): one error line, `onStatus` gets `stale` with
 *   the reason, and the caller keeps answering from the last index; the check goes on polling;
 * - back, or replaced by another folder at the same path (`mv new reports`): it is watched
 *   afresh and re-read at once; once re-read, `onStatus` gets `live`.
 * A folder missing when the watch starts is polled for the same way. Never throws.
 *
 * @example
 * let index = buildCorpusIndex(loaded.reports);
 * const watcher = watchCorpus(dir, { buildIndex: buildCorpusIndex, onUpdate: (next) => { index = next; }, logger, initial: loaded });
 */
export function watchCorpus<TIndex>(dir: string, options: WatchCorpusOptions<TIndex>): CorpusWatcher {
  const load = options.load ?? ((folder: string) => loadCorpus(folder));
  const debounceMs = options.debounceMs ?? 300;
  let fingerprint = options.initial ? fingerprintOf(options.initial.reports) : null;
  let reportCount = options.initial?.reports.length ?? 0;
  let logged = new Set((options.initial?.warnings ?? []).map(warningKey));
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let updating: Promise<void> | null = null;
  let isPending = false;
  let isClosed = false;
  /** The identity (device and inode) of the folder watched, or null while it is missing. */
  let folderId: string | null = null;
  /** Set from the folder's return until an update has read it: that update ends the stale state. */
  let isRecovering = false;
  let folders: FolderWatches | null = null;

  async function update(): Promise<void> {
    folders?.sync();
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
    if (next !== fingerprint) {
      const index = await options.buildIndex(loaded.reports);
      fingerprint = next;
      reportCount = loaded.reports.length;
      options.onUpdate(index, loaded);
      options.logger.info(`Updated the corpus from "${dir}": ${loaded.reports.length} reports`);
    }
    // Rule: the stale state ends only once the folder that came back has been read, and is still there.
    if (isRecovering && folderId !== null) {
      isRecovering = false;
      options.onStatus?.({ state: 'live' });
      options.logger.info(`Watching the corpus folder "${dir}" again: answering from its ${reportCount} reports`);
    }
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

  function scheduleUpdate(): void {
    if (debounce !== null) clearTimeout(debounce);
    debounce = setTimeout(startUpdate, debounceMs);
  }

  function startWatching(id: string): void {
    folderId = id;
    folders?.close();
    folders = watchFolders(dir, {
      onEvent: () => {
        if (isClosed) return;
        // Rule: an event may be the folder itself going away; check it before reading.
        if (checkFolder()) scheduleUpdate();
      },
      onError: (folder, error) => {
        options.logger.warn(`Cannot watch the folder "${folder}" of the corpus: ${error.message}`);
      },
    });
    folders.sync();
  }

  /** Follows the folder's own fate; false while it is missing or once it was replaced (an update is started). */
  function checkFolder(): boolean {
    if (isClosed) return false;
    const found = readFolderId(dir);
    if (found.kind === 'missing') {
      if (folderId === null) return false;
      folderId = null;
      isRecovering = false;
      folders?.close();
      folders = null;
      if (debounce !== null) clearTimeout(debounce);
      debounce = null;
      options.onStatus?.({ state: 'stale', reason: found.reason });
      options.logger.error(
        `Cannot watch the corpus folder "${dir}": ${found.reason}; answering from the last ${reportCount} reports until it is back`,
      );
      return false;
    }
    if (found.id === folderId) return true;
    const wasMissing = folderId === null;
    options.logger.info(`The corpus folder "${dir}" is ${wasMissing ? 'back' : 'a new folder'}: reading it`);
    isRecovering = isRecovering || wasMissing;
    startWatching(found.id);
    if (debounce !== null) clearTimeout(debounce);
    startUpdate();
    return false;
  }

  const initialFolder = readFolderId(dir);
  if (initialFolder.kind === 'folder') startWatching(initialFolder.id);
  else {
    isRecovering = true;
    options.onStatus?.({ state: 'stale', reason: initialFolder.reason });
    options.logger.error(`Cannot watch the corpus folder "${dir}": ${initialFolder.reason}; waiting for it`);
  }
  const check = setInterval(checkFolder, options.checkMs ?? 1000);
  // The check alone never keeps the process alive; the app's server does.
  check.unref();

  return {
    async close() {
      isClosed = true;
      clearInterval(check);
      folders?.close();
      if (debounce !== null) clearTimeout(debounce);
      await updating;
    },
  };
}

type FolderState =
  | { readonly kind: 'folder'; readonly id: string }
  | { readonly kind: 'missing'; readonly reason: string };

/** The folder's device and inode, which change when another folder is moved to its path; or why it is not there. */
function readFolderId(dir: string): FolderState {
  try {
    const stats = statSync(dir);
    if (!stats.isDirectory()) return { kind: 'missing', reason: 'the corpus folder was replaced by a file' };
    return { kind: 'folder', id: `${stats.dev}:${stats.ino}` };
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return { kind: 'missing', reason: 'the corpus folder was deleted or moved away' };
    return { kind: 'missing', reason: `the corpus folder cannot be read (${code || String(error)})` };
  }
}

/** The set of files and their content hashes, in a stable order. */
function fingerprintOf(reports: readonly Pick<Report, 'file' | 'hash'>[]): string {
  return reports
    .map((report) => `${report.file}\u0000${report.hash}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join('\n');
}

function warningKey(warning: LoadedCorpus['warnings'][number]): string {
  return `${warning.file}\u0000${warning.reason}`;
}
