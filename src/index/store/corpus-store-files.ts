import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusCacheLocation } from '../load-or-build-corpus-index.js';

/**
 * Where the SQLite store of a corpus folder's index is kept, and how old ones are cleared: one file
 * per corpus folder, `corpus-store-<16 hex digits of the folder's absolute path's SHA-256>.sqlite`
 * in the cache folder. The store is updated in place as the folder changes (its `meta.key` says
 * which files it holds), so its name does not depend on the key.
 */
export type CorpusStoreFiles = {
  /** The store file of this folder. */
  readonly path: string;
  /** Whether the store file exists (whatever it holds). */
  readonly exists: () => boolean;
  /** Creates the cache folder when missing. */
  readonly prepare: () => void;
  /** Deletes this folder's other store files (older versions' names) and leftover temporary files; never throws. */
  readonly removeOthers: () => void;
};

/** The store file of `location`, and its housekeeping. */
export function locateCorpusStore(location: CorpusCacheLocation): CorpusStoreFiles {
  const folder = createHash('sha256').update(resolve(location.corpusDir), 'utf8').digest('hex').slice(0, 16);
  const prefix = `corpus-store-${folder}-`;
  const name = `${prefix.slice(0, -1)}.sqlite`;
  return {
    path: join(location.cacheDir, name),
    exists: () => existsSync(join(location.cacheDir, name)),
    prepare: () => {
      mkdirSync(location.cacheDir, { recursive: true });
    },
    removeOthers: () => {
      const names = (() => {
        try {
          return readdirSync(location.cacheDir);
        } catch {
          return [];
        }
      })();
      for (const other of names) {
        if (other.startsWith(prefix) || (other.startsWith(`${name}.`) && other.endsWith('.tmp')))
          rmSync(join(location.cacheDir, other), { force: true });
      }
    },
  };
}
