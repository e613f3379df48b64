import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader (the watcher, a loader) sees either the old file or the whole new
 * one, never a part: the bytes go to a hidden temporary file beside it (hidden files are not read as
 * reports), which is then renamed over the target. Creates the folder when needed.
 *
 * @example
 * await writeFileAtomically('corpus/added/strike.html.txt', text);
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error: unknown) {
    await rm(temporary, { force: true });
    throw error;
  }
}
