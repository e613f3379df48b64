import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { convertOriginal } from './formats/convert-original.js';
import { readOriginalHash } from './formats/read-original-hash.js';
import { renderConvertedText } from './formats/render-converted-text.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** What became of an original: its converted text is `written` anew, already `current`, or it cannot be converted. */
export type ConvertedTextOutcome =
  | { readonly ok: true; readonly status: 'written' | 'current' }
  | { readonly ok: false; readonly reason: string };

/** How much of a converted text is read to find its front matter's `original_sha256`. */
const HEAD_BYTES = 4096;

/**
 * Keeps the converted text of an original (`x.html` → `x.html.txt`, beside it) in step with the
 * original: when the text is missing, or its front matter names another SHA-256, the original is
 * converted (`convertOriginal`) and the text written atomically; otherwise nothing is written, so a
 * re-read folder does not wake the watcher again. Never throws: a conversion or write failure is
 * the reason returned.
 *
 * @example
 * await writeConvertedText('corpus/brief.pdf', bytes, sha256) // { ok: true, status: 'written' }
 */
export async function writeConvertedText(
  originalPath: string,
  bytes: Uint8Array,
  sha256: string,
): Promise<ConvertedTextOutcome> {
  const textPath = `${originalPath}.txt`;
  const head = await readFile(textPath)
    .then((data) => data.subarray(0, HEAD_BYTES).toString('utf8'))
    .catch(() => '');
  if (readOriginalHash(head) === sha256) return { ok: true, status: 'current' };
  const converted = await convertOriginal(originalPath, bytes);
  if (!converted.ok) return converted;
  const text = renderConvertedText(converted.report, { original: basename(originalPath), sha256 });
  try {
    await writeFileAtomically(textPath, text);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `converted text cannot be written: ${detail}` };
  }
  return { ok: true, status: 'written' };
}
