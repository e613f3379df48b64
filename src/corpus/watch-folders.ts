import { type FSWatcher, readdirSync, realpathSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';

/** The watches over one folder tree. */
export type FolderWatches = {
  /**
   * Watches each folder under the root (the root included) that is not watched yet, and stops
   * watching the ones that are gone. Returns the number of folders watched. A folder that cannot
   * be listed or watched is left out with one `onError` call, and tried again at the next sync.
   */
  sync(): number;
  /** Stops every watch. */
  close(): void;
};

export type WatchFoldersOptions = {
  /** Called on every file event in any watched folder (a file added, changed, removed or renamed). */
  readonly onEvent: () => void;
  /** Called when a folder cannot be listed or watched, or its watch fails. */
  readonly onError: (folder: string, error: Error) => void;
};

/**
 * Watches a folder tree with one non-recursive `fs.watch` per folder, the folders chosen as
 * `readCorpusFiles` reads them: hidden folders (name starting with ".") are skipped, and a folder
 * reached again through a symbolic link is watched once. Call `sync()` to start, and again after
 * the tree may have changed (the watcher does so before each re-read).
 *
 * Rule: not `fs.watch(root, { recursive: true })`, because on Linux Node 20 implements it by
 * walking and re-walking the tree synchronously on the main thread, which blocks the event loop
 * for seconds when thousands of files arrive; a watch per folder costs one inotify watch each.
 *
 * @example
 * const folders = watchFolders('seeds', { onEvent: schedule, onError: (folder, error) => log(folder, error) });
 * folders.sync();
 */
export function watchFolders(root: string, options: WatchFoldersOptions): FolderWatches {
  const watches = new Map<string, FSWatcher>();
  return {
    sync() {
      const folders = listFolders(root, options.onError);
      for (const [path, watcher] of watches) {
        if (folders.has(path)) continue;
        watcher.close();
        watches.delete(path);
      }
      for (const path of folders) {
        if (watches.has(path)) continue;
        try {
          const watcher = watch(path, () => options.onEvent());
          // A folder removed under its watch ends the watch; the next sync forgets it.
          watcher.on('error', (error: Error) => options.onError(path, error));
          watches.set(path, watcher);
        } catch (error: unknown) {
          options.onError(path, toError(error));
        }
      }
      return watches.size;
    },
    close() {
      for (const watcher of watches.values()) watcher.close();
      watches.clear();
    },
  };
}

/** The root and every folder under it, as absolute paths; an unreadable one is reported and not descended into. */
function listFolders(root: string, onError: WatchFoldersOptions['onError']): Set<string> {
  const folders = new Set<string>();
  const seen = new Set<string>();
  const visit = (folder: string): void => {
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) return;
      seen.add(real);
      folders.add(folder);
      for (const name of readdirSync(folder)) {
        if (name.startsWith('.')) continue;
        const path = join(folder, name);
        if (isFolder(path)) visit(path);
      }
    } catch (error: unknown) {
      onError(folder, toError(error));
    }
  };
  visit(root);
  return folders;
}

/** False for a file, and for an entry removed since the listing or that cannot be read (`readCorpusFiles` warns about those). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
