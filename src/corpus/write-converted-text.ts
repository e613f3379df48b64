import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { convertOriginal } from './formats/convert-original.js';
import { readOriginalHash } from './formats/read-original-hash.js';
import { renderConvertedText } from './formats/render-converted-text.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** What became of an original: its converted text is `written` anew, already `current`, or it cannot be converted. */
export type ConvertedTextOutcome =
  | { readonly ok: true; readonly status: 'written' | 'current' }
  | { readonly ok: false; readonly reason: string };

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
  const head = await readConvertedTextHead(textPath);
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

/** How much of a converted text is read to find its front matter (`original_sha256`, `content_sha256`, `url`). */
const HEAD_BYTES = 4096;

/**
 * The first 4,096 bytes of a converted text, decoded as UTF-8 (a character cut at the end is
 * replaced): enough for its front matter. Only those bytes are read, not the whole file. '' when the
 * file is missing or cannot be read.
 *
 * @example
 * readOriginalHash(await readConvertedTextHead('corpus/brief.pdf.txt'))
 */
export async function readConvertedTextHead(path: string): Promise<string> {
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch {
    return '';
  }
}
