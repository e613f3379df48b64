const ORIGINAL_SHA256 = /^original_sha256: ["']?([0-9a-f]{64})["']?[ \t]*$/mu;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/mu;

/**
 * The `original_sha256` a converted text's front matter names (see `renderConvertedText`), or null
 * when the text has no front matter or the key is missing. Pure.
 *
 * @example
 * readOriginalHash('---\noriginal_sha256: 9f…\n---\nText') // '9f…'
 */
export function readOriginalHash(text: string): string | null {
  if (!text.startsWith('---')) return null;
  const rest = text.slice(3);
  const end = CLOSING_FENCE.exec(rest.slice(1))?.index;
  if (end === undefined) return null;
  return ORIGINAL_SHA256.exec(rest.slice(0, end + 1))?.[1] ?? null;
}
