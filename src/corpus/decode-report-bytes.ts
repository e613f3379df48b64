/** A decoded report file, or the reason it cannot be read as a report. */
export type DecodedReport =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Decodes a report file's bytes as UTF-8 text, with a leading byte order mark removed and nothing
 * else changed (so offsets into the text can be checked against the file).
 *
 * Returns `{ ok: false, reason }` (house message style) for a file that is empty or only white
 * space, looks binary (it contains a NUL byte), or is not valid UTF-8 (for example Latin-1). Never
 * throws. Pure and deterministic.
 *
 * @example
 * decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69])) // { ok: true, text: 'Hi' }
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'file looks binary: it contains NUL bytes' };
  let text: string;
  try {
    // `fatal` rejects invalid UTF-8 instead of replacing it; the default `ignoreBOM: false` strips the BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error: unknown) {
    if (error instanceof TypeError) return { ok: false, reason: 'file is not valid UTF-8' };
    throw error;
  }
  if (text.trim() === '') return { ok: false, reason: 'file has only white space' };
  return { ok: true, text };
}
