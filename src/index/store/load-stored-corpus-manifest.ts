import type { CorpusSettings } from '../../corpus/corpus-settings.js';
import { mergeCorpusWarnings } from '../../corpus/load-corpus.js';
import type { CorpusManifest } from '../corpus-manifest.js';
import type { LoadOrBuildOptions } from '../load-or-build-corpus-index.js';
import { explainStoreRebuild, readStoreKeyedCorpus, type StoreRebuild } from './load-or-build-stored-corpus-index.js';
import { readCorpusManifest } from './read-corpus-manifest.js';

/**
 * A warm start's manifest (with the read warnings merged in, as `loadOrBuildStoredCorpusIndex`
 * merges them), or why the index must be built: there is no store for these files, or it cannot be read.
 */
export type StoredCorpusManifest =
  | { readonly isStored: true; readonly manifest: CorpusManifest }
  | { readonly isStored: false; readonly rebuild: StoreRebuild; readonly settings: CorpusSettings };

/**
 * Starts the main thread from a corpus folder without its index (docs/store.md): reads the folder's
 * files and settings and hashes them into the cache key, as `loadOrBuildStoredCorpusIndex` does (a
 * file whose size and modification time are the store's is not read: its stored hash counts);
 * when the folder's store holds a whole index of that key, returns its manifest (`readCorpusManifest`:
 * milliseconds, no report parsed, no text read). Otherwise says why the caller must build (it builds
 * in the corpus worker, which writes the store).
 *
 * @throws {CorpusDirError} when `dir` does not exist, is not a folder or cannot be read.
 */
export async function loadStoredCorpusManifest(
  dir: string,
  options: LoadOrBuildOptions,
): Promise<StoredCorpusManifest> {
  const { place, warnings, settings, key } = await readStoreKeyedCorpus(dir, options);
  const { path } = place;
  if (!place.exists()) return { isStored: false, rebuild: explainStoreRebuild(path, null), settings };
  try {
    const manifest = readCorpusManifest(path, settings, key);
    return { isStored: true, manifest: { ...manifest, warnings: mergeCorpusWarnings(warnings, manifest.warnings) } };
  } catch (error: unknown) {
    return { isStored: false, rebuild: explainStoreRebuild(path, error), settings };
  }
}
