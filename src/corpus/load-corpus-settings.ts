import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CORPUS_SETTINGS_FILE,
  type CorpusSettings,
  DEFAULT_CORPUS_SETTINGS,
  parseCorpusSettings,
} from './corpus-settings.js';

/** A corpus's settings and the text they were read from (null when the folder has no settings file). */
export type LoadedCorpusSettings = { readonly settings: CorpusSettings; readonly text: string | null };

/**
 * Reads `verbatim.yml` at the root of a corpus folder. A missing file gives the defaults.
 *
 * @throws {CorpusSettingsError} when the file is there but invalid (see `parseCorpusSettings`).
 * @example
 * const { settings } = await loadCorpusSettings('seeds');
 */
export async function loadCorpusSettings(dir: string): Promise<LoadedCorpusSettings> {
  let text: string;
  try {
    text = await readFile(join(dir, CORPUS_SETTINGS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_CORPUS_SETTINGS, text: null };
    throw error;
  }
  return { settings: parseCorpusSettings(text), text };
}
